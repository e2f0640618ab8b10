/**
 * What the migration writes over each record of the 2025 seed that no editor has changed: the
 * record as the seed of issue 14 (seed/data, 2026-11-29) creates it, frozen here so the migration
 * does not change when the seed does. Generated from that seed's data, then formatted.
 */
type Citation = { source: string; locator?: string }

export type CorrectedSource = { key: string; title: string; publisher: string }

export type CorrectedOrganisation = {
  slug: string
  name: string
  acronym?: string
  kind: string
  picumMembership: string
  country?: string
  city?: string
  description?: string[]
  citations: Citation[]
}

export type CorrectedSpeaker = {
  slug: string
  name: string
  role?: string
  organisation?: string
  roleRecordedIn?: number
  bio?: string[]
  citations: Citation[]
}

export type CorrectedAssembly = {
  year: number
  title: string
  theme?: string
  intro?: string[]
  citations: Citation[]
}

export type CorrectedSession = {
  assembly: number
  slug: string
  title: string
  position: number
  format: string
  summary?: string[]
  contributions: Array<{
    speaker: string
    roleAtTheTime?: string
    organisation?: string
    contribution?: string[]
    citations: Citation[]
  }>
  resources: Array<{ title: string; kind: string; url?: string }>
  citations: Citation[]
}

export type CorrectedWin = {
  slug: string
  title: string
  summary?: string[]
  country: string
  level: string
  kind: string
  creditedOrganisations: string[]
  assembly: number
  session?: string
  presenter?: string
  presenterOrganisation?: string
  figures: Array<{ value: number; label: string }>
  citations: Citation[]
}

/** Presented by speakers in other sessions, never as wins: the report does not call them wins. */
export const notWins = [
  'ecthr-greece-pushbacks-judgment',
  'norway-municipal-health-care',
  'netherlands-public-interest-litigation',
]

export const source: CorrectedSource = {
  key: 'general-assembly-2025',
  title: 'Resisting an increasingly hostile environment: PICUM General Assembly 2025',
  publisher: 'PICUM',
}

export const organisations: CorrectedOrganisation[] = [
  {
    slug: 'picum',
    name: 'PICUM',
    kind: 'network',
    picumMembership: 'unknown',
    description: [
      'Platform for International Cooperation on Undocumented Migrants: the network whose General Assembly this record documents.',
    ],
    citations: [{ source: 'general-assembly-2025', locator: 'Opening paragraphs' }],
  },
  {
    slug: 'un-migrant-workers-committee',
    name: 'UN Migrant Workers’ Committee',
    kind: 'un-body',
    picumMembership: 'unknown',
    description: [
      'UN committee whose work includes urging ratification of the UN Migrant Workers Convention and promoting an intersectional, decolonising approach to migration.',
    ],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'What opportunities in an era of hostile migration policies?',
      },
    ],
  },
  {
    slug: 'european-parliament',
    name: 'European Parliament',
    kind: 'eu-institution',
    picumMembership: 'unknown',
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'What opportunities in an era of hostile migration policies?',
      },
    ],
  },
  {
    slug: 'intergroup-on-childrens-rights',
    name: 'European Parliament’s Intergroup on Children’s Rights',
    kind: 'parliamentary-group',
    picumMembership: 'unknown',
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'What opportunities in an era of hostile migration policies?',
      },
    ],
  },
  {
    slug: 'krems-university',
    name: 'Krems University',
    kind: 'research',
    picumMembership: 'unknown',
    country: 'AT',
    city: 'Krems',
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'What opportunities in an era of hostile migration policies?',
      },
    ],
  },
  {
    slug: 'health-center-for-undocumented-migrants',
    name: 'Health Center for Undocumented Migrants',
    kind: 'ngo',
    picumMembership: 'unknown',
    country: 'NO',
    city: 'Oslo',
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'What opportunities in an era of hostile migration policies?',
      },
    ],
  },
  {
    slug: 'alianza-americas',
    name: 'Alianza Américas',
    kind: 'ngo',
    picumMembership: 'unknown',
    country: 'US',
    description: [
      'Migrants’ rights organisation in the United States that builds alliances with other groups that hostile policies target.',
    ],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'What opportunities in an era of hostile migration policies?',
      },
    ],
  },
  {
    slug: 'european-civic-forum',
    name: 'European Civic Forum',
    kind: 'ngo',
    picumMembership: 'unknown',
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Strategies to counter hostile narratives and policies',
      },
    ],
  },
  {
    slug: 'greenpeace-belgium',
    name: 'Greenpeace Belgium',
    kind: 'ngo',
    picumMembership: 'unknown',
    country: 'BE',
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Strategies to counter hostile narratives and policies',
      },
    ],
  },
  {
    slug: 'bvmn',
    name: 'Border Violence Monitoring Network',
    acronym: 'BVMN',
    kind: 'network',
    picumMembership: 'unknown',
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Strategies to counter hostile narratives and policies',
      },
    ],
  },
  {
    slug: 'red-acoge',
    name: 'Red Acoge',
    kind: 'ngo',
    picumMembership: 'unknown',
    country: 'ES',
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Finding hope: wins and inspirations from the network',
      },
    ],
  },
  {
    slug: 'utsopi',
    name: 'Utsopi',
    kind: 'ngo',
    picumMembership: 'unknown',
    country: 'BE',
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Finding hope: wins and inspirations from the network',
      },
    ],
  },
  {
    slug: 'fiz',
    name: 'FiZ',
    kind: 'ngo',
    picumMembership: 'unknown',
    country: 'CH',
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Finding hope: wins and inspirations from the network',
      },
    ],
  },
  {
    slug: 'askv',
    name: 'ASKV',
    kind: 'ngo',
    picumMembership: 'unknown',
    country: 'NL',
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Finding hope: wins and inspirations from the network',
      },
    ],
  },
]

export const speakers: CorrectedSpeaker[] = [
  {
    slug: 'fatima-diallo',
    name: 'Fatima Diallo',
    role: 'Chair',
    organisation: 'un-migrant-workers-committee',
    roleRecordedIn: 2025,
    bio: ['Spoke at PICUM’s 2025 General Assembly as Chair of the UN Migrant Workers’ Committee.'],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'What opportunities in an era of hostile migration policies?',
      },
    ],
  },
  {
    slug: 'tineke-strik',
    name: 'Tineke Strik',
    role: 'Greens MEP',
    organisation: 'european-parliament',
    roleRecordedIn: 2025,
    bio: [
      'Spoke at PICUM’s 2025 General Assembly as a Member of the European Parliament for the Greens.',
    ],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'What opportunities in an era of hostile migration policies?',
      },
    ],
  },
  {
    slug: 'emilio-puccio',
    name: 'Emilio Puccio',
    role: 'Secretary General',
    organisation: 'intergroup-on-childrens-rights',
    roleRecordedIn: 2025,
    bio: [
      'Spoke at PICUM’s 2025 General Assembly for the European Parliament’s Intergroup on Children’s Rights, as its Secretary General.',
    ],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'What opportunities in an era of hostile migration policies?',
      },
    ],
  },
  {
    slug: 'albert-kraler',
    name: 'Albert Kraler',
    role: 'MIrreM research coordinator and assistant professor',
    organisation: 'krems-university',
    roleRecordedIn: 2025,
    bio: [
      'Spoke at PICUM’s 2025 General Assembly as research coordinator of MIrreM, an EU-funded project on irregular migration, and as an assistant professor at Krems University in Austria.',
    ],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'What opportunities in an era of hostile migration policies?',
      },
    ],
  },
  {
    slug: 'linnea-nasholm',
    name: 'Linnea Näsholm',
    organisation: 'health-center-for-undocumented-migrants',
    roleRecordedIn: 2025,
    bio: [
      'Spoke at PICUM’s 2025 General Assembly for the Oslo-based Health Center for Undocumented Migrants (Norway).',
    ],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'What opportunities in an era of hostile migration policies?',
      },
    ],
  },
  {
    slug: 'helena-olea',
    name: 'Helena Olea',
    role: 'Deputy Director',
    organisation: 'alianza-americas',
    roleRecordedIn: 2025,
    bio: ['Spoke at PICUM’s 2025 General Assembly as Deputy Director of Alianza Américas.'],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'What opportunities in an era of hostile migration policies?',
      },
    ],
  },
  {
    slug: 'aarti-narsee',
    name: 'Aarti Narsee',
    role: 'Senior Policy and Advocacy Officer',
    organisation: 'european-civic-forum',
    roleRecordedIn: 2025,
    bio: [
      'Spoke at PICUM’s 2025 General Assembly for the European Civic Forum, as its Senior Policy and Advocacy Officer.',
    ],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Strategies to counter hostile narratives and policies',
      },
    ],
  },
  {
    slug: 'nadia-cornejo',
    name: 'Nadia Cornejo',
    role: 'Spokesperson',
    organisation: 'greenpeace-belgium',
    roleRecordedIn: 2025,
    bio: ['Spoke at PICUM’s 2025 General Assembly as spokesperson for Greenpeace Belgium.'],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Strategies to counter hostile narratives and policies',
      },
    ],
  },
  {
    slug: 'fezile-osum',
    name: 'Fezile Osum',
    role: 'Legal coordinator',
    organisation: 'bvmn',
    roleRecordedIn: 2025,
    bio: [
      'Spoke at PICUM’s 2025 General Assembly for the Border Violence Monitoring Network (BVMN), as its legal coordinator.',
    ],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Strategies to counter hostile narratives and policies',
      },
    ],
  },
  {
    slug: 'lucia-maquieira',
    name: 'Lucía Maquieira',
    role: 'Director',
    organisation: 'red-acoge',
    roleRecordedIn: 2025,
    bio: ['Spoke at PICUM’s 2025 General Assembly as Director of Red Acoge.'],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Finding hope: wins and inspirations from the network',
      },
    ],
  },
  {
    slug: 'daan-bauwens',
    name: 'Daan Bauwens',
    role: 'Director',
    organisation: 'utsopi',
    roleRecordedIn: 2025,
    bio: ['Spoke at PICUM’s 2025 General Assembly as Director of Utsopi.'],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Finding hope: wins and inspirations from the network',
      },
    ],
  },
  {
    slug: 'alicia-adams',
    name: 'Alicia Adams',
    role: 'Partnerships and Donor Relations Officer',
    organisation: 'fiz',
    roleRecordedIn: 2025,
    bio: [
      'Spoke at PICUM’s 2025 General Assembly as Partnerships and Donor Relations Officer at FiZ.',
    ],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Finding hope: wins and inspirations from the network',
      },
    ],
  },
  {
    slug: 'janneke-wijman',
    name: 'Janneke Wijman',
    role: 'Case manager',
    organisation: 'askv',
    roleRecordedIn: 2025,
    bio: ['Spoke at PICUM’s 2025 General Assembly as case manager at ASKV.'],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Finding hope: wins and inspirations from the network',
      },
    ],
  },
]

export const assemblies: CorrectedAssembly[] = [
  {
    year: 2025,
    title: 'PICUM General Assembly 2025',
    theme: 'Resisting an increasingly hostile environment',
    intro: [
      'Europe keeps moving towards the right and the far right, and migration policy is growing harsher as a result: social rights are being turned into instruments of immigration control. Human rights are under attack. Migrants and racialised communities, undocumented people among them, face rising criminalisation, and detention and deportation are more and more often put ahead of protection and inclusion.',
      'At EU and national level, new laws and reforms collide with international rights standards. The space for civil society is narrowing, and rights defenders are under growing legal, financial and political strain, which can go as far as harassment and prosecution for giving humanitarian help or standing up for migrants’ rights.',
      'The 2025 General Assembly looked at joint strategies for resisting and responding to this increasingly hostile context: areas where advocacy could be shared, ways of building solidarity across movements, and how civil society can play a stronger part in upholding the dignity and rights of all migrants, whatever their status.',
    ],
    citations: [{ source: 'general-assembly-2025', locator: 'Opening paragraphs' }],
  },
]

export const sessions: CorrectedSession[] = [
  {
    assembly: 2025,
    slug: 'opportunities-in-hostile-times',
    title: 'What opportunities in an era of hostile migration policies?',
    position: 1,
    format: 'plenary',
    summary: [
      'The first plenary session looked for opportunities for resistance in four areas: local action, research, the political level and the human rights framework.',
      'Attacks on civil society are on the rise, within the EU and in the neighbouring countries with which the EU is making deals to stop people from leaving.',
      'Researchers can themselves bring about change. When the European Commission presented its new draft Returns Regulation as backed by research the EU had funded, leading research consortia joined forces in a statement denouncing this instrumentalisation of their work as a justification for further restrictions. Afterwards, the statement served to open a channel of communication between the researchers and the Commission.',
      'The session ended with a look at how migrants’ rights organisations in the United States are resisting.',
    ],
    contributions: [
      {
        speaker: 'fatima-diallo',
        roleAtTheTime: 'Chair',
        organisation: 'un-migrant-workers-committee',
        contribution: [
          'Fatima Diallo explained what international human rights frameworks and bodies can do: keep watch over the conduct of states, and promote and develop international standards.',
          'Diallo stressed the part played by the Committee she chairs: it argues for an intersectional, decolonising approach to the way migration is managed, encourages ratification of the UN Migrant Workers Convention by states, and calls for action to root out racial discrimination and xenophobia.',
        ],
        citations: [
          {
            source: 'general-assembly-2025',
            locator: 'What opportunities in an era of hostile migration policies?',
          },
        ],
      },
      {
        speaker: 'tineke-strik',
        roleAtTheTime: 'Greens MEP',
        organisation: 'european-parliament',
        contribution: [
          'Tineke Strik pinpointed the ways in which recent EU proposals, among them the Facilitation Directive and the Returns Regulation, ignore the basic rights of undocumented people and asylum seekers, as though international human rights law did not protect them.',
          'Turning to the draft Returns Regulation, Strik encouraged civil society to reach out to faith-based organisations, journalists and lawyers and, more generally, to build wider alliances, while keeping up the work of countering the dehumanisation of migrants and mobilising citizens.',
        ],
        citations: [
          {
            source: 'general-assembly-2025',
            locator: 'What opportunities in an era of hostile migration policies?',
          },
        ],
      },
      {
        speaker: 'emilio-puccio',
        roleAtTheTime: 'Secretary General',
        organisation: 'intergroup-on-childrens-rights',
        contribution: [
          'Emilio Puccio said restrictive migration narratives have turned children into a weapon, framing them as a problem and more and more often as criminals and radicalised. He denounced the broadly negative framing of children’s rights in the EU Migration Pact, and criticised the way child-safeguarding arguments were used to justify fingerprinting children from the age of six.',
          'He stressed the need for a political commitment to treat children as people in need of protection rather than as a political threat. In his view that means ending immigration detention of children, providing legal aid and setting clear guardianship rules.',
          'Like Strik, he urged a broader mobilisation: working with faith-based organisations and grassroots groups, and seeking out allies who could carry the call to protect children and be heard by centre-right policymakers.',
        ],
        citations: [
          {
            source: 'general-assembly-2025',
            locator: 'What opportunities in an era of hostile migration policies?',
          },
        ],
      },
      {
        speaker: 'albert-kraler',
        roleAtTheTime: 'MIrreM research coordinator and assistant professor',
        organisation: 'krems-university',
        contribution: [
          'Albert Kraler explored how the politicisation of migration might be countered by recasting the debate as a set of more technical questions, where research and evidence carry greater weight. Drawing on MIrreM, an EU-funded research project on irregular migration, he observed that regularisation is often presented as politically taboo, yet most countries already have some kind of regularisation mechanism.',
        ],
        citations: [
          {
            source: 'general-assembly-2025',
            locator: 'What opportunities in an era of hostile migration policies?',
          },
        ],
      },
      {
        speaker: 'linnea-nasholm',
        organisation: 'health-center-for-undocumented-migrants',
        contribution: [
          'Linnea Näsholm described how local health centres have helped undocumented people get health care more easily: by working with municipalities, giving politicians knowledge and solutions, and rallying unions and the health sector as a whole.',
          'Successful initiatives of this kind have emerged in Bergen, Kristiansand, Oslo and Trondheim.',
        ],
        citations: [
          {
            source: 'general-assembly-2025',
            locator: 'What opportunities in an era of hostile migration policies?',
          },
        ],
      },
      {
        speaker: 'helena-olea',
        roleAtTheTime: 'Deputy Director',
        organisation: 'alianza-americas',
        contribution: [
          'Closing the session with a view from the United States, Helena Olea set out the obstacles facing civil society there, among them limited capacity, anti-migrant narratives and cuts to funding. She described how severely the situation has worsened: many undocumented parents now keep their children home from school because they fear being arrested, and due process rights are being worn away.',
          'On strategy, Olea stressed the need to combine several kinds of work, from litigation and advocacy to narrative work and campaigns that equip people with knowledge of their rights, above all when faced with raids by ICE (Immigration and Customs Enforcement).',
          'Olea also pointed to the alliances Alianza Américas is building with others hit by hostile policies, among them Black communities, LGBTQ+ and feminist organisations, and organisations defending the rights of people with disabilities.',
        ],
        citations: [
          {
            source: 'general-assembly-2025',
            locator: 'What opportunities in an era of hostile migration policies?',
          },
        ],
      },
    ],
    resources: [
      {
        title: 'Joint statement by research consortia on the draft Returns Regulation',
        kind: 'other',
      },
    ],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'What opportunities in an era of hostile migration policies?',
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
      'The second plenary session heard from people working both within and beyond the migration field about how civil society is pushing back against hostile narratives and policies.',
      'Speakers covered strategic litigation, mass mobilisation, new alliances, the defence of the right to protest, litigation before European courts, and the criminalisation both of migrants and of human rights defenders.',
    ],
    contributions: [
      {
        speaker: 'aarti-narsee',
        roleAtTheTime: 'Senior Policy and Advocacy Officer',
        organisation: 'european-civic-forum',
        contribution: [
          'Aarti Narsee described the many ways civil society in Europe is resisting a deteriorating climate, from strategic litigation and mass mobilisation to forging new alliances.',
          'Narsee gave examples. In the Netherlands, public interest litigation successfully challenged arms sales to Israel and anti-Muslim discrimination in banking. In Belgium, trade unions and the pro-Palestine movement are joining forces to block arms shipments to Israel. In Spain, grassroots organising on housing rights has brought housing cooperatives and tenants’ associations together to challenge real estate investors and local authorities.',
        ],
        citations: [
          {
            source: 'general-assembly-2025',
            locator: 'Strategies to counter hostile narratives and policies',
          },
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
        citations: [
          {
            source: 'general-assembly-2025',
            locator: 'Strategies to counter hostile narratives and policies',
          },
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
        citations: [
          {
            source: 'general-assembly-2025',
            locator: 'Strategies to counter hostile narratives and policies',
          },
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
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Strategies to counter hostile narratives and policies',
      },
    ],
  },
  {
    assembly: 2025,
    slug: 'finding-hope',
    title: 'Finding hope: wins and inspirations from the network',
    position: 3,
    format: 'panel',
    summary: [
      'The assembly’s last panel brought wins and inspiring stories from across PICUM’s network.',
      'Every speaker made the same point: change can be won, but only through the sustained efforts of wide coalitions of civil society.',
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
        citations: [
          {
            source: 'general-assembly-2025',
            locator: 'Finding hope: wins and inspirations from the network',
          },
        ],
      },
      {
        speaker: 'daan-bauwens',
        roleAtTheTime: 'Director',
        organisation: 'utsopi',
        contribution: [
          'Daan Bauwens celebrated a recent Belgian law that at last recognises and protects the labour rights of sex workers, undocumented sex workers included. It sets minimum working conditions and provides compensation for exploitation.',
          'Bauwens also reported that, at the beginning of May, sex workers in Belgium held their first-ever spontaneous strike.',
        ],
        citations: [
          {
            source: 'general-assembly-2025',
            locator: 'Finding hope: wins and inspirations from the network',
          },
        ],
      },
      {
        speaker: 'alicia-adams',
        roleAtTheTime: 'Partnerships and Donor Relations Officer',
        organisation: 'fiz',
        contribution: [
          'Alicia Adams told how Swiss civil society, after a fight lasting 30 years, secured a significant change in the law: dependent partners whose relationship ends can now obtain a residence permit in Switzerland more easily.',
          'The change also covers unmarried and same-sex couples, and allows civil society to submit evidence of abuse suffered by one of the partners, who is often a migrant woman.',
        ],
        citations: [
          {
            source: 'general-assembly-2025',
            locator: 'Finding hope: wins and inspirations from the network',
          },
        ],
      },
      {
        speaker: 'janneke-wijman',
        roleAtTheTime: 'Case manager',
        organisation: 'askv',
        contribution: [
          'Janneke Wijman celebrated a recent regularisation by the Dutch government for Surinamese nationals resident in the Netherlands who had lost Dutch nationality following Suriname’s independence.',
          'Wijman recounted how a range of allies, from researchers and migration lawyers to NGOs and members of the Surinamese community, joined the campaign and won through a combination of strategic litigation and political pressure.',
        ],
        citations: [
          {
            source: 'general-assembly-2025',
            locator: 'Finding hope: wins and inspirations from the network',
          },
        ],
      },
    ],
    resources: [],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Finding hope: wins and inspirations from the network',
      },
    ],
  },
]

export const wins: CorrectedWin[] = [
  {
    slug: 'spain-arraigo-reform',
    title: 'Spain reforms its arraigo system for residence and work permits',
    summary: [
      'Spain reformed its arraigo (“rootedness”) system so that it is easier to meet the conditions for residence and work permits, and more people can obtain them.',
    ],
    country: 'ES',
    level: 'national',
    kind: 'regularisation',
    creditedOrganisations: [],
    assembly: 2025,
    session: 'finding-hope',
    presenter: 'lucia-maquieira',
    presenterOrganisation: 'red-acoge',
    figures: [],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Finding hope: wins and inspirations from the network',
      },
    ],
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
    creditedOrganisations: [],
    assembly: 2025,
    session: 'finding-hope',
    presenter: 'lucia-maquieira',
    presenterOrganisation: 'red-acoge',
    figures: [
      {
        value: 25000,
        label: 'undocumented flood victims expected to obtain residence and work permits',
      },
    ],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Finding hope: wins and inspirations from the network',
      },
    ],
  },
  {
    slug: 'belgium-sex-workers-labour-law',
    title: 'Belgian law recognises the labour rights of sex workers',
    summary: [
      'A recent Belgian law recognises and protects the labour rights of sex workers, including those who are undocumented, with minimum working conditions and compensation for exploitation.',
    ],
    country: 'BE',
    level: 'national',
    kind: 'labour-rights',
    creditedOrganisations: [],
    assembly: 2025,
    session: 'finding-hope',
    presenter: 'daan-bauwens',
    presenterOrganisation: 'utsopi',
    figures: [],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Finding hope: wins and inspirations from the network',
      },
    ],
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
    creditedOrganisations: [],
    assembly: 2025,
    session: 'finding-hope',
    presenter: 'alicia-adams',
    presenterOrganisation: 'fiz',
    figures: [{ value: 30, label: 'years of campaigning by Swiss civil society' }],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Finding hope: wins and inspirations from the network',
      },
    ],
  },
  {
    slug: 'netherlands-surinamese-regularisation',
    title: 'Dutch regularisation for Surinamese nationals who lost Dutch nationality',
    summary: [
      'The Dutch government adopted a regularisation for Surinamese nationals resident in the Netherlands who lost Dutch nationality following Suriname’s independence.',
      'As Janneke Wijman recounted, researchers, migration lawyers, NGOs and members of the Surinamese community joined the struggle and won it through strategic litigation and political pressure.',
    ],
    country: 'NL',
    level: 'national',
    kind: 'regularisation',
    creditedOrganisations: [],
    assembly: 2025,
    session: 'finding-hope',
    presenter: 'janneke-wijman',
    presenterOrganisation: 'askv',
    figures: [],
    citations: [
      {
        source: 'general-assembly-2025',
        locator: 'Finding hope: wins and inspirations from the network',
      },
    ],
  },
]
