/**
 * The 2025 record exactly as the seed before issue 14 wrote it (seed/data at commit a419d94): a
 * frozen copy that must never follow later changes to the seed. The migration compares what is
 * stored with it, field by field, to tell records no editor has touched from edited ones.
 * Records refer to each other by slug (assemblies by year), as the seed data did.
 */
export type PreviousOrganisation = {
  slug: string
  name: string
  acronym?: string
  kind: string
  country?: string
  city?: string
  description?: string[]
}

export type PreviousSpeaker = {
  slug: string
  name: string
  currentRole?: string
  currentOrganisation?: string
  bio?: string[]
}

export type PreviousAssembly = { year: number; title: string; theme?: string; intro?: string[] }

export type PreviousSession = {
  assembly: number
  slug: string
  title: string
  position: number
  format: string
  summary?: string[]
  topics: string[]
  contributions: Array<{
    speaker: string
    roleAtTheTime?: string
    organisation?: string
    contribution?: string[]
  }>
  resources?: Array<{ title: string; kind: string; url?: string }>
}

export type PreviousWin = {
  slug: string
  title: string
  summary?: string[]
  country: string
  level: string
  kind: string
  organisations: string[]
  assembly: number
  session?: string
  presenter?: string
  figures?: Array<{ value: number; label: string }>
  topics: string[]
}

export const organisations: PreviousOrganisation[] = [
  {
    slug: 'picum',
    name: 'PICUM',
    kind: 'ngo',
    description: [
      'Platform for International Cooperation on Undocumented Migrants: the network whose General Assembly this record documents.',
    ],
  },
  {
    slug: 'un-migrant-workers-committee',
    name: 'UN Migrant Workers’ Committee',
    kind: 'un-body',
    description: [
      'UN committee whose work includes pressing for ratification of the UN Migrant Workers Convention and promoting an intersectional, decolonising approach to migration.',
    ],
  },
  {
    slug: 'european-parliament',
    name: 'European Parliament',
    kind: 'eu-institution',
  },
  {
    slug: 'intergroup-on-childrens-rights',
    name: 'European Parliament’s Intergroup on Children’s Rights',
    kind: 'eu-institution',
  },
  {
    slug: 'krems-university',
    name: 'Krems University',
    kind: 'research',
    country: 'AT',
    city: 'Krems',
  },
  {
    slug: 'health-center-for-undocumented-migrants',
    name: 'Health Center for Undocumented Migrants',
    kind: 'ngo',
    country: 'NO',
    city: 'Oslo',
  },
  {
    slug: 'alianza-americas',
    name: 'Alianza Américas',
    kind: 'ngo',
    country: 'US',
    description: [
      'Migrants’ rights organisation in the United States that builds alliances with other groups targeted by hostile policies.',
    ],
  },
  {
    slug: 'european-civic-forum',
    name: 'European Civic Forum',
    kind: 'ngo',
  },
  {
    slug: 'greenpeace-belgium',
    name: 'Greenpeace Belgium',
    kind: 'ngo',
    country: 'BE',
  },
  {
    slug: 'bvmn',
    name: 'Border Violence Monitoring Network',
    acronym: 'BVMN',
    kind: 'ngo',
  },
  {
    slug: 'red-acoge',
    name: 'Red Acoge',
    kind: 'picum-member',
    country: 'ES',
  },
  {
    slug: 'utsopi',
    name: 'Utsopi',
    kind: 'picum-member',
    country: 'BE',
  },
  {
    slug: 'fiz',
    name: 'FiZ',
    kind: 'picum-member',
    country: 'CH',
  },
  {
    slug: 'askv',
    name: 'ASKV',
    kind: 'picum-member',
    country: 'NL',
  },
]

export const speakers: PreviousSpeaker[] = [
  {
    slug: 'fatima-diallo',
    name: 'Fatima Diallo',
    currentRole: 'Chair',
    currentOrganisation: 'un-migrant-workers-committee',
    bio: ['Chairs the UN Migrant Workers’ Committee.'],
  },
  {
    slug: 'tineke-strik',
    name: 'Tineke Strik',
    currentRole: 'Greens MEP',
    currentOrganisation: 'european-parliament',
    bio: ['Member of the European Parliament for the Greens.'],
  },
  {
    slug: 'emilio-puccio',
    name: 'Emilio Puccio',
    currentRole: 'Secretary General',
    currentOrganisation: 'intergroup-on-childrens-rights',
    bio: [
      'Serves as Secretary General of the Intergroup on Children’s Rights in the European Parliament.',
    ],
  },
  {
    slug: 'albert-kraler',
    name: 'Albert Kraler',
    currentRole: 'MIrreM research coordinator and assistant professor',
    currentOrganisation: 'krems-university',
    bio: [
      'Coordinates research for MIrreM, an EU-funded project on irregular migration, and teaches at Krems University in Austria as an assistant professor.',
    ],
  },
  {
    slug: 'linnea-nasholm',
    name: 'Linnea Näsholm',
    currentOrganisation: 'health-center-for-undocumented-migrants',
    bio: ['Works with the Oslo-based Health Center for Undocumented Migrants in Norway.'],
  },
  {
    slug: 'helena-olea',
    name: 'Helena Olea',
    currentRole: 'Deputy Director',
    currentOrganisation: 'alianza-americas',
    bio: [
      'Deputy Director of Alianza Américas, which works for migrants’ rights in the United States.',
    ],
  },
  {
    slug: 'aarti-narsee',
    name: 'Aarti Narsee',
    currentRole: 'Senior Policy and Advocacy Officer',
    currentOrganisation: 'european-civic-forum',
    bio: ['Works at the European Civic Forum as Senior Policy and Advocacy Officer.'],
  },
  {
    slug: 'nadia-cornejo',
    name: 'Nadia Cornejo',
    currentRole: 'Spokesperson',
    currentOrganisation: 'greenpeace-belgium',
    bio: ['Spokesperson for Greenpeace Belgium.'],
  },
  {
    slug: 'fezile-osum',
    name: 'Fezile Osum',
    currentRole: 'Legal coordinator',
    currentOrganisation: 'bvmn',
    bio: ['Coordinates legal work at the Border Violence Monitoring Network (BVMN).'],
  },
  {
    slug: 'lucia-maquieira',
    name: 'Lucía Maquieira',
    currentRole: 'Director',
    currentOrganisation: 'red-acoge',
    bio: ['Director of Red Acoge.'],
  },
  {
    slug: 'daan-bauwens',
    name: 'Daan Bauwens',
    currentRole: 'Director',
    currentOrganisation: 'utsopi',
    bio: ['Director of Utsopi.'],
  },
  {
    slug: 'alicia-adams',
    name: 'Alicia Adams',
    currentRole: 'Partnerships and Donor Relations Officer',
    currentOrganisation: 'fiz',
    bio: ['Partnerships and Donor Relations Officer at FiZ.'],
  },
  {
    slug: 'janneke-wijman',
    name: 'Janneke Wijman',
    currentRole: 'Case manager',
    currentOrganisation: 'askv',
    bio: ['Case manager at ASKV.'],
  },
]

export const assemblies: PreviousAssembly[] = [
  {
    year: 2025,
    title: 'PICUM General Assembly 2025',
    theme: 'Resisting an increasingly hostile environment',
    intro: [
      'Europe keeps moving towards the right and the far right, and migration policy is growing harsher as a result: social rights are being turned into instruments of immigration control. Migrants, racialised communities and undocumented people face rising criminalisation, and detention and deportation are more and more often put ahead of protection and inclusion.',
      'At EU and national level, new laws and reforms collide with international human rights standards. Meanwhile the space for civil society is narrowing, and those who defend migrants or give humanitarian help are under growing legal, financial and political strain, up to harassment and prosecution.',
      'The 2025 General Assembly brought the PICUM network together to work out shared ways of resisting and answering this climate: where to advocate together, how to build solidarity with other movements, and how civil society can better stand up for the dignity and rights of every migrant, with or without papers.',
    ],
  },
]

export const sessions: PreviousSession[] = [
  {
    assembly: 2025,
    slug: 'opportunities-in-hostile-times',
    title: 'What opportunities in an era of hostile migration policies?',
    position: 1,
    format: 'plenary',
    summary: [
      'The opening plenary searched for room to resist in four areas: research, politics, the human rights framework and local action.',
      'It ended by turning to the United States, where migrants’ rights organisations are finding their own ways to push back.',
    ],
    topics: [
      'human-rights-framework',
      'eu-migration-policy',
      'civic-space',
      'detention-and-returns',
      'childrens-rights',
      'narratives',
      'research-and-evidence',
      'regularisation',
      'health-care',
      'local-action',
      'racism-and-discrimination',
      'alliance-building',
    ],
    contributions: [
      {
        speaker: 'fatima-diallo',
        roleAtTheTime: 'Chair',
        organisation: 'un-migrant-workers-committee',
        contribution: [
          'Fatima Diallo explained what international human rights frameworks and bodies can do: keep watch over the conduct of states, and promote and develop international standards.',
          'Diallo stressed three things the Committee she chairs does: it argues for an intersectional, decolonising approach to the way migration is managed, it pushes for ratification of the UN Migrant Workers Convention by states, and it calls for action to root out racial discrimination and xenophobia.',
        ],
      },
      {
        speaker: 'tineke-strik',
        roleAtTheTime: 'Greens MEP',
        organisation: 'european-parliament',
        contribution: [
          'Against a background of mounting attacks on civil society, both within the EU and in nearby countries with which the EU is making deals to stop people leaving, Tineke Strik showed how recent EU proposals such as the Facilitation Directive and the Returns Regulation ignore the basic rights of asylum seekers and undocumented people, treating them as if international human rights law did not apply to them.',
          'Turning to the draft Returns Regulation, Strik encouraged civil society to reach out to faith-based organisations, journalists and lawyers and, more generally, to build wider alliances, while keeping up the work of countering the dehumanisation of migrants and mobilising citizens.',
        ],
      },
      {
        speaker: 'emilio-puccio',
        roleAtTheTime: 'Secretary General',
        organisation: 'intergroup-on-childrens-rights',
        contribution: [
          'Emilio Puccio said restrictive migration narratives have turned children into a weapon, framing them as a problem and more and more often as criminals or radicalised. He criticised the broadly negative approach to children’s rights in the EU Migration Pact, and in particular the way child-safeguarding arguments were used to justify fingerprinting children from the age of six.',
          'He called for a political commitment to treat children as people in need of protection rather than as a political threat. In his view that means ending immigration detention of children, providing legal aid and setting clear guardianship rules.',
          'Like Strik, he urged a broader mobilisation: working with faith-based organisations and grassroots groups, and seeking out allies who could carry the call to protect children and be heard by centre-right policymakers.',
        ],
      },
      {
        speaker: 'albert-kraler',
        roleAtTheTime: 'MIrreM research coordinator and assistant professor',
        organisation: 'krems-university',
        contribution: [
          'Albert Kraler explored how the politicisation of migration might be countered by recasting the debate as a set of more technical questions, where research and evidence carry greater weight. Drawing on MIrreM, an EU-funded research project on irregular migration, he observed that regularisation is often presented as politically taboo, yet most countries already have some kind of regularisation mechanism.',
          'Researchers can also drive change themselves. When the European Commission claimed that EU-funded research supported its new draft Returns Regulation, leading research consortia issued a joint statement objecting to this use of their findings to justify new restrictions. The statement later helped open a line of communication between the researchers and the Commission.',
        ],
      },
      {
        speaker: 'linnea-nasholm',
        organisation: 'health-center-for-undocumented-migrants',
        contribution: [
          'Linnea Näsholm described how local health centres have helped undocumented people get health care more easily: by working with municipalities, giving politicians knowledge and practical solutions, and rallying unions and the health sector as a whole.',
          'Such initiatives have succeeded in Bergen, Kristiansand, Oslo and Trondheim.',
        ],
      },
      {
        speaker: 'helena-olea',
        roleAtTheTime: 'Deputy Director',
        organisation: 'alianza-americas',
        contribution: [
          'Closing the session with a view from the United States, Helena Olea set out the obstacles facing civil society there, among them limited capacity, anti-migrant narratives and cuts to funding. The climate has deteriorated sharply: many undocumented parents now keep their children home from school because they fear being arrested, and due process rights are being worn away.',
          'On strategy, Olea stressed the value of combining several kinds of work, from litigation and advocacy to narrative work and campaigns that make sure people know their rights, above all when faced with raids by ICE (Immigration and Customs Enforcement).',
          'Olea also pointed to the alliances Alianza Américas is building with others targeted by hostile policies, among them Black communities, LGBTQ+ and feminist organisations, and organisations defending the rights of disabled people.',
        ],
      },
    ],
    resources: [
      {
        title: 'Joint statement by research consortia on the draft Returns Regulation',
        kind: 'other',
      },
    ],
  },
  {
    assembly: 2025,
    slug: 'countering-hostile-narratives',
    title: 'Strategies to counter hostile narratives and policies',
    position: 2,
    format: 'plenary',
    summary: [
      'The second plenary heard from people working both within and beyond the migration field about how civil society is pushing back against hostile narratives and policies.',
      'Speakers covered strategic litigation, mass mobilisation, new alliances, the defence of the right to protest, and the documentation of pushbacks and of the criminalisation of migrants and those who defend them.',
    ],
    topics: [
      'civic-space',
      'narratives',
      'strategic-litigation',
      'alliance-building',
      'racism-and-discrimination',
      'criminalisation-of-solidarity',
      'pushbacks-and-border-violence',
    ],
    contributions: [
      {
        speaker: 'aarti-narsee',
        roleAtTheTime: 'Senior Policy and Advocacy Officer',
        organisation: 'european-civic-forum',
        contribution: [
          'Aarti Narsee described the many ways civil society in Europe is resisting a deteriorating climate, from strategic litigation and mass mobilisation to forging new alliances.',
          'Narsee gave examples. In the Netherlands, public interest litigation successfully challenged arms sales to Israel and anti-Muslim discrimination by banks. In Belgium, trade unions and the pro-Palestine movement are joining forces to block arms shipments to Israel. In Spain, grassroots organising on housing rights has united housing cooperatives and tenants’ associations against real estate investors and local authorities.',
        ],
      },
      {
        speaker: 'nadia-cornejo',
        roleAtTheTime: 'Spokesperson',
        organisation: 'greenpeace-belgium',
        contribution: [
          'Nadia Cornejo explained how Greenpeace, as an environmental organisation, is responding to more judicial arrests and to longer detention and prison sentences. Defending the right to protest has become part of its work, and it launched the global “Time to resist” campaign in a coalition that includes other NGOs and unions, to defend that right.',
          'When organising protests, Greenpeace tells participants about the legal risks and takes other precautions, aiming to keep violence as low as possible whenever protesters come into contact with law enforcement.',
        ],
      },
      {
        speaker: 'fezile-osum',
        roleAtTheTime: 'Legal coordinator',
        organisation: 'bvmn',
        contribution: [
          'Fezile Osum talked about litigation before European courts and pointed to a recent judgment of the European Court of Human Rights condemning Greece for systematic pushbacks.',
          'Osum also presented BVMN reports exposing how migrants and human rights defenders are criminalised, through prosecution, defamation, intimidation and wide-ranging financial control. Alongside them came the “In Defence of Defenders” toolkit, which maps routes to protection and redress, for instance through UN or Council of Europe bodies that can be approached in criminalisation cases.',
        ],
      },
    ],
    resources: [
      {
        title: 'European Court of Human Rights judgment condemning Greece for systematic pushbacks',
        kind: 'judgment',
      },
      {
        title: 'BVMN reports on how migrants and human rights defenders are criminalised',
        kind: 'report',
      },
      { title: 'In Defence of Defenders', kind: 'toolkit' },
      { title: 'Time to resist', kind: 'other' },
    ],
  },
  {
    assembly: 2025,
    slug: 'finding-hope',
    title: 'Finding hope: wins and inspirations from the network',
    position: 3,
    format: 'panel',
    summary: [
      'The closing panel presented victories and sources of inspiration from across the PICUM network.',
      'Every speaker made the same point: change can be won, but only through the sustained efforts of wide coalitions of civil society.',
    ],
    topics: [
      'regularisation',
      'labour-rights',
      'sex-workers-rights',
      'gender-and-residence-rights',
      'strategic-litigation',
      'alliance-building',
    ],
    contributions: [
      {
        speaker: 'lucia-maquieira',
        roleAtTheTime: 'Director',
        organisation: 'red-acoge',
        contribution: [
          'Lucía Maquieira presented recent Spanish reforms on residence and work permits. Changes to the arraigo (“rootedness”) system make the conditions for obtaining these permits easier to fulfil, so more people will be able to get them.',
          'Although shortcomings remain, a dedicated regularisation adopted after the Valencia floods is expected to give residence and work permits to around 25,000 undocumented people affected by the floods.',
        ],
      },
      {
        speaker: 'daan-bauwens',
        roleAtTheTime: 'Director',
        organisation: 'utsopi',
        contribution: [
          'Daan Bauwens welcomed a recent Belgian law that at last recognises and protects the labour rights of sex workers, undocumented sex workers included. It sets minimum working conditions and provides compensation for exploitation.',
          'Bauwens also reported that, at the beginning of May, sex workers in Belgium held their first-ever spontaneous strike.',
        ],
      },
      {
        speaker: 'alicia-adams',
        roleAtTheTime: 'Partnerships and Donor Relations Officer',
        organisation: 'fiz',
        contribution: [
          'Alicia Adams told how Swiss civil society, after a fight lasting 30 years, secured a significant change in the law: dependent partners whose relationship ends can now obtain a residence permit in Switzerland more easily.',
          'The change also covers unmarried and same-sex couples, and allows civil society organisations to submit evidence of abuse suffered by one of the partners, who is often a migrant woman.',
        ],
      },
      {
        speaker: 'janneke-wijman',
        roleAtTheTime: 'Case manager',
        organisation: 'askv',
        contribution: [
          'Janneke Wijman welcomed a new regularisation by the Dutch government for Surinamese people resident in the Netherlands who had lost Dutch nationality following Suriname’s independence.',
          'Wijman recounted how a wide range of allies, from researchers and migration lawyers to NGOs and members of the Surinamese community, joined the campaign and won through a combination of strategic litigation and political pressure.',
        ],
      },
    ],
  },
]

export const wins: PreviousWin[] = [
  {
    slug: 'spain-arraigo-reform',
    title: 'Spain reforms its arraigo system for residence and work permits',
    summary: [
      'Spain reformed its arraigo (“rootedness”) system so that it is easier to meet the conditions for residence and work permits, and more people can obtain them.',
    ],
    country: 'ES',
    level: 'national',
    kind: 'regularisation',
    organisations: ['red-acoge'],
    assembly: 2025,
    session: 'finding-hope',
    presenter: 'lucia-maquieira',
    topics: ['regularisation'],
  },
  {
    slug: 'valencia-floods-regularisation',
    title: 'Regularisation for undocumented victims of the Valencia floods',
    summary: [
      'After the Valencia floods, Spain adopted a dedicated regularisation that is expected to give residence and work permits to about 25,000 undocumented people affected by the disaster, although shortcomings remain.',
    ],
    country: 'ES',
    level: 'national',
    kind: 'regularisation',
    organisations: ['red-acoge'],
    assembly: 2025,
    session: 'finding-hope',
    presenter: 'lucia-maquieira',
    figures: [
      {
        value: 25000,
        label: 'undocumented flood victims expected to obtain residence and work permits',
      },
    ],
    topics: ['regularisation'],
  },
  {
    slug: 'belgium-sex-workers-labour-law',
    title: 'Belgian law recognises the labour rights of sex workers',
    summary: [
      'A new Belgian law recognises and protects the labour rights of sex workers, including those who are undocumented, with minimum working conditions and compensation for exploitation.',
    ],
    country: 'BE',
    level: 'national',
    kind: 'labour-rights',
    organisations: ['utsopi'],
    assembly: 2025,
    session: 'finding-hope',
    presenter: 'daan-bauwens',
    topics: ['labour-rights', 'sex-workers-rights'],
  },
  {
    slug: 'switzerland-dependent-partners-residence',
    title: 'Switzerland eases residence permits for dependent partners when a relationship ends',
    summary: [
      'After three decades of campaigning by Swiss civil society, a change in the law makes it easier for dependent partners to obtain a residence permit when their relationship ends.',
      'It applies to unmarried and same-sex couples as well, and civil society can now provide evidence of abuse suffered by one partner, frequently a migrant woman.',
    ],
    country: 'CH',
    level: 'national',
    kind: 'legislation',
    organisations: ['fiz'],
    assembly: 2025,
    session: 'finding-hope',
    presenter: 'alicia-adams',
    figures: [{ value: 30, label: 'years of campaigning by Swiss civil society' }],
    topics: ['gender-and-residence-rights', 'alliance-building'],
  },
  {
    slug: 'netherlands-surinamese-regularisation',
    title: 'Dutch regularisation for Surinamese nationals who lost Dutch nationality',
    summary: [
      'The Dutch government adopted a regularisation for Surinamese nationals resident in the Netherlands who lost Dutch nationality following Suriname’s independence.',
      'Researchers, migration lawyers, NGOs and members of the Surinamese community achieved it together through strategic litigation and political pressure.',
    ],
    country: 'NL',
    level: 'national',
    kind: 'regularisation',
    organisations: ['askv'],
    assembly: 2025,
    session: 'finding-hope',
    presenter: 'janneke-wijman',
    topics: ['regularisation', 'strategic-litigation', 'alliance-building'],
  },
  {
    slug: 'ecthr-greece-pushbacks-judgment',
    title: 'European Court of Human Rights condemns Greece for systematic pushbacks',
    summary: [
      'A recent judgment of the European Court of Human Rights found against Greece for systematic pushbacks. BVMN’s legal coordinator highlighted it while discussing litigation before European courts.',
    ],
    country: 'GR',
    level: 'international',
    kind: 'court-judgment',
    organisations: ['bvmn'],
    assembly: 2025,
    session: 'countering-hostile-narratives',
    presenter: 'fezile-osum',
    topics: ['pushbacks-and-border-violence', 'strategic-litigation'],
  },
  {
    slug: 'norway-municipal-health-care',
    title: 'Norwegian cities improve health care access for undocumented people',
    summary: [
      'Working with municipalities, informing politicians and mobilising unions and the health sector, local health centres have helped improve access to health care for undocumented people in Bergen, Kristiansand, Oslo and Trondheim.',
    ],
    country: 'NO',
    level: 'local',
    kind: 'policy',
    organisations: ['health-center-for-undocumented-migrants'],
    assembly: 2025,
    session: 'opportunities-in-hostile-times',
    presenter: 'linnea-nasholm',
    topics: ['health-care', 'local-action'],
  },
  {
    slug: 'netherlands-public-interest-litigation',
    title: 'Dutch public interest litigation against arms sales to Israel and bank discrimination',
    summary: [
      'In the Netherlands, public interest litigation successfully challenged both arms sales to Israel and anti-Muslim discrimination by banks. The European Civic Forum cited it as an example of civil society resisting through the courts.',
    ],
    country: 'NL',
    level: 'national',
    kind: 'court-judgment',
    organisations: ['european-civic-forum'],
    assembly: 2025,
    session: 'countering-hostile-narratives',
    presenter: 'aarti-narsee',
    topics: ['strategic-litigation', 'civic-space', 'racism-and-discrimination'],
  },
]
