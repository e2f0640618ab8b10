// The 2025 General Assembly programme: sessions in order, with who spoke and what they said.
import { cite2025, section2025 } from '@/seed/data/sources'
import type { SessionSeed } from '@/seed/schema'

const { opportunities, strategies, hope } = section2025

export const sessions: SessionSeed[] = [
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
          'Diallo stressed the part played by the Committee she chairs: it argues for an intersectional, decolonising approach to the way migration is managed, encourages ratification of the UN Migrant Workers Convention by states, and calls for action to root out racial discrimination and xenophobia.',
        ],
        citations: cite2025(opportunities),
      },
      {
        speaker: 'tineke-strik',
        roleAtTheTime: 'Greens MEP',
        organisation: 'european-parliament',
        contribution: [
          'Tineke Strik pinpointed the ways in which recent EU proposals, among them the Facilitation Directive and the Returns Regulation, ignore the basic rights of undocumented people and asylum seekers, as though international human rights law did not protect them.',
          'Turning to the draft Returns Regulation, Strik encouraged civil society to reach out to faith-based organisations, journalists and lawyers and, more generally, to build wider alliances, while keeping up the work of countering the dehumanisation of migrants and mobilising citizens.',
        ],
        citations: cite2025(opportunities),
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
        citations: cite2025(opportunities),
      },
      {
        speaker: 'albert-kraler',
        roleAtTheTime: 'MIrreM research coordinator and assistant professor',
        organisation: 'krems-university',
        contribution: [
          'Albert Kraler explored how the politicisation of migration might be countered by recasting the debate as a set of more technical questions, where research and evidence carry greater weight. Drawing on MIrreM, an EU-funded research project on irregular migration, he observed that regularisation is often presented as politically taboo, yet most countries already have some kind of regularisation mechanism.',
        ],
        citations: cite2025(opportunities),
      },
      {
        speaker: 'linnea-nasholm',
        organisation: 'health-center-for-undocumented-migrants',
        contribution: [
          'Linnea Näsholm described how local health centres have helped undocumented people get health care more easily: by working with municipalities, giving politicians knowledge and solutions, and rallying unions and the health sector as a whole.',
          'Successful initiatives of this kind have emerged in Bergen, Kristiansand, Oslo and Trondheim.',
        ],
        citations: cite2025(opportunities),
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
        citations: cite2025(opportunities),
      },
    ],
    resources: [
      {
        title: 'Joint statement by research consortia on the draft Returns Regulation',
        kind: 'other',
      },
    ],
    citations: cite2025(opportunities),
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
          'Narsee gave examples. In the Netherlands, public interest litigation successfully challenged arms sales to Israel and anti-Muslim discrimination in banking. In Belgium, trade unions and the pro-Palestine movement are joining forces to block arms shipments to Israel. In Spain, grassroots organising on housing rights has brought housing cooperatives and tenants’ associations together to challenge real estate investors and local authorities.',
        ],
        citations: cite2025(strategies),
      },
      {
        speaker: 'nadia-cornejo',
        roleAtTheTime: 'Spokesperson',
        organisation: 'greenpeace-belgium',
        contribution: [
          'Nadia Cornejo explained how Greenpeace, as an environmental organisation, is responding to more judicial arrests and to longer detention and prison sentences. Defending the right to protest has become part of its work, and it launched the global “Time to resist” campaign in a coalition that includes other NGOs and unions, to defend that right.',
          'When organising protests, Greenpeace tells participants about the legal risks and takes other precautions, aiming to keep violence as low as possible whenever protesters come into contact with law enforcement.',
        ],
        citations: cite2025(strategies),
      },
      {
        speaker: 'fezile-osum',
        roleAtTheTime: 'Legal coordinator',
        organisation: 'bvmn',
        contribution: [
          'Fezile Osum talked about litigation before European courts and pointed to a recent judgment of the European Court of Human Rights condemning Greece for systematic pushbacks.',
          'Osum also presented BVMN reports exposing how migrants and human rights defenders are criminalised, through prosecution, defamation, intimidation and wide-ranging financial control. Alongside them came the “In Defence of Defenders” toolkit, which maps routes to protection and redress, for instance through UN or Council of Europe bodies that can be approached in criminalisation cases.',
        ],
        citations: cite2025(strategies),
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
    citations: cite2025(strategies),
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
        citations: cite2025(hope),
      },
      {
        speaker: 'daan-bauwens',
        roleAtTheTime: 'Director',
        organisation: 'utsopi',
        contribution: [
          'Daan Bauwens celebrated a recent Belgian law that at last recognises and protects the labour rights of sex workers, undocumented sex workers included. It sets minimum working conditions and provides compensation for exploitation.',
          'Bauwens also reported that, at the beginning of May, sex workers in Belgium held their first-ever spontaneous strike.',
        ],
        citations: cite2025(hope),
      },
      {
        speaker: 'alicia-adams',
        roleAtTheTime: 'Partnerships and Donor Relations Officer',
        organisation: 'fiz',
        contribution: [
          'Alicia Adams told how Swiss civil society, after a fight lasting 30 years, secured a significant change in the law: dependent partners whose relationship ends can now obtain a residence permit in Switzerland more easily.',
          'The change also covers unmarried and same-sex couples, and allows civil society to submit evidence of abuse suffered by one of the partners, who is often a migrant woman.',
        ],
        citations: cite2025(hope),
      },
      {
        speaker: 'janneke-wijman',
        roleAtTheTime: 'Case manager',
        organisation: 'askv',
        contribution: [
          'Janneke Wijman celebrated a recent regularisation by the Dutch government for Surinamese nationals resident in the Netherlands who had lost Dutch nationality following Suriname’s independence.',
          'Wijman recounted how a range of allies, from researchers and migration lawyers to NGOs and members of the Surinamese community, joined the campaign and won through a combination of strategic litigation and political pressure.',
        ],
        citations: cite2025(hope),
      },
    ],
    citations: cite2025(hope),
  },
]
