// The status judgement made, by hand, for every evidence entry in the
// catalogue, under the rule in docs/decisions/002-commitment-status-rule.md:
// a status only where the entry's own words say it plainly; background,
// criticism, announcements of intent and events before the promise carry none.
// Keyed by seed key (<commitment id>#<position from 1>); `noteStartsWith`
// guards against the catalogue being reordered under the keys.
import type { CommitmentStatus } from '../../lib/generated/prisma/enums.ts';

export interface StatusJudgement {
  noteStartsWith: string;
  status: CommitmentStatus | null;
  basis: string;
}

export const STATUS_JUDGEMENTS: Record<string, StatusJudgement> = {
  // --- London Race Action Plan (2024) -------------------------------------
  'lrap-stop-search-charter#1': {
    noteStartsWith: 'Charter published',
    status: 'DELIVERED',
    basis: 'States that the charter was published, which is what was promised.',
  },
  'lrap-stop-search-charter#2': {
    noteStartsWith: 'Reported contents',
    status: null,
    basis: 'Describes what the charter contains and a search figure; it adds nothing on delivery.',
  },
  'lrap-stop-search-charter#3': {
    noteStartsWith: 'Coverage linked the charter',
    status: null,
    basis: 'Context on where the charter came from and on weapons seized, not on delivery.',
  },
  'lrap-stop-search-charter#4': {
    noteStartsWith: 'The Daniels review commissioned',
    status: null,
    basis: 'Criticism of how searches are carried out; it does not say whether the charter was kept or withdrawn.',
  },
  'lrap-vehicle-stop-ethnicity#1': {
    noteStartsWith: 'Earlier Met pilot',
    status: null,
    basis: 'A 2021 pilot under an earlier plan, years before this 2024 promise: background only.',
  },
  'lrap-vehicle-stop-ethnicity#2': {
    noteStartsWith: 'The pilot ran one week',
    status: null,
    basis: 'History of the 2021 pilot and of the Met changing its mind, all before this promise was made.',
  },
  'lrap-vehicle-stop-ethnicity#3': {
    noteStartsWith: 'Pilot recorded 7,556 stops',
    status: null,
    basis: 'A result of the earlier pilot, not a report on the 2024 promise.',
  },
  'lrap-vehicle-stop-ethnicity#4': {
    noteStartsWith: 'Liberty Investigates',
    status: null,
    basis: 'An outside reading of the earlier pilot data; it says nothing about recording since 2024.',
  },
  'lrap-child-intimate-search-policy#1': {
    noteStartsWith: 'After Child Q',
    status: null,
    basis: 'A 2022 local pilot that came before this 2024 promise: background only.',
  },
  'lrap-child-intimate-search-policy#2': {
    noteStartsWith: 'The Met made seven further',
    status: null,
    basis: 'Referrals about past searches, made before the promise; not a report on the new policy.',
  },
  'lrap-child-intimate-search-policy#3': {
    noteStartsWith: 'A Green Assembly Member said',
    status: null,
    basis: 'Criticism from 2023, before the promise; it says nothing about the revised policy.',
  },
  'lrap-child-intimate-search-policy#4': {
    noteStartsWith: 'Green AM Zoe Garbett',
    status: null,
    basis: 'Criticism of the plan at launch, not a report of progress.',
  },
  'lrap-recruit-retain-diverse#1': {
    noteStartsWith: "Commissioner's written evidence",
    status: null,
    basis: 'Workforce figures from 2020/21, a baseline years before the promise.',
  },
  'lrap-recruit-retain-diverse#2': {
    noteStartsWith: 'The Commissioner warned',
    status: null,
    basis: 'A warning about overall officer shortfalls; it says nothing about diversity of recruits.',
  },
  'lrap-recruit-training-lived-experience#1': {
    noteStartsWith: 'The Mayor said community-led training',
    status: null,
    basis: 'Training introduced in 2021 under an earlier plan, before this promise: background only.',
  },
  'lrap-recruit-training-lived-experience#2': {
    noteStartsWith: 'A MOPAC paper',
    status: null,
    basis: 'Pilots described in 2022, before this promise: background only.',
  },
  'lrap-misconduct-disparity#1': {
    noteStartsWith: 'The Daniels review, commissioned',
    status: null,
    basis: 'Findings of systemic harm; it does not say whether the misconduct work was started, done or dropped.',
  },
  'lrap-promotion-workshops#1': {
    noteStartsWith: 'The plan cited a mentoring network',
    status: null,
    basis: 'Figures the plan quoted about past work when it was launched, not progress on the promise.',
  },
  'lrap-promotion-workshops#2': {
    noteStartsWith: 'The Telegraph reported',
    status: null,
    basis: 'Reports criticism of the workshops; it does not plainly report how far the promise has got.',
  },
  'lrap-black-victims-bruise-imaging#1': {
    noteStartsWith: "The Met unveiled 'Project Archway'",
    status: 'IN_PROGRESS',
    basis: 'Says the Met began rolling the device out across London: under way, not yet complete.',
  },
  'lrap-black-victims-bruise-imaging#2': {
    noteStartsWith: 'The device went through ethics review',
    status: null,
    basis: 'Describes safeguards around the device, not how far the rollout has got.',
  },
  'lrap-black-victims-bruise-imaging#3': {
    noteStartsWith: 'Sistah Space welcomed',
    status: null,
    basis: 'A community response to the device, not a report of progress.',
  },
  'lrap-community-scrutiny#1': {
    noteStartsWith: 'Charter reporting says local communities',
    status: null,
    basis: 'Says communities will be involved in future: a promise, not evidence that scrutiny has begun.',
  },
  'lrap-biannual-updates#1': {
    noteStartsWith: 'Local press confirmed',
    status: null,
    basis: 'Confirms the promise was made; it is not an update.',
  },
  'lrap-biannual-updates#2': {
    noteStartsWith: 'The Met published the Daniels report',
    status: null,
    basis: 'An outside review was published, but the entry does not say it was one of the promised six-monthly updates.',
  },
  'lrap-refresh-after-daniels#1': {
    noteStartsWith: 'Met statement accepting',
    status: null,
    basis: 'The statement in which the promise was made; it cannot show progress on itself.',
  },
  'lrap-refresh-after-daniels#2': {
    noteStartsWith: 'Summary reporting says',
    status: null,
    basis: 'Reports the pledge itself, not progress on it.',
  },

  // --- Baroness Casey Review (2023) ---------------------------------------
  'casey-misconduct-overhaul#1': {
    noteStartsWith: 'The Met reported about 100 officers',
    status: null,
    basis: 'Counts of sackings and suspensions; it does not say whether the independent team Casey asked for was set up.',
  },
  'casey-misconduct-overhaul#2': {
    noteStartsWith: 'Same update as reported',
    status: null,
    basis: 'The same figures from another outlet; nothing on the recommended reform itself.',
  },
  'casey-misconduct-overhaul#3': {
    noteStartsWith: 'London Assembly figures',
    status: null,
    basis: 'Dismissal and backlog figures; they do not say whether the recommended reform was made.',
  },
  'casey-misconduct-overhaul#4': {
    noteStartsWith: 'BBC Panorama undercover filming',
    status: null,
    basis: 'An exposé of misconduct and the suspensions that followed; not a report on the reform.',
  },
  'casey-vetting-overhaul#1': {
    noteStartsWith: 'A Met review found about 200',
    status: 'IN_PROGRESS',
    basis: 'Says the Met reviewed past abuse allegations and moved 90 officers aside, so the vetting clean-up had begun.',
  },
  'casey-vetting-overhaul#2': {
    noteStartsWith: 'The High Court ruled',
    status: 'IN_PROGRESS',
    basis: 'Says 96 officers had gone and 29 were on vetting leave, so removals were under way despite the court setback.',
  },
  'casey-vetting-overhaul#3': {
    noteStartsWith: 'Home Office answer',
    status: 'IN_PROGRESS',
    basis: 'Says regulations on dismissal for failed vetting were laid in April 2025: under way, not yet shown in force.',
  },
  'casey-vetting-overhaul#4': {
    noteStartsWith: 'The Met later won an appeal',
    status: null,
    basis: 'A court ruling on how vetting decisions may be made; it does not itself report how far the overhaul has got.',
  },
  'casey-commissioner-powers#1': {
    noteStartsWith: 'Vetting-dismissal regulations laid',
    status: 'IN_PROGRESS',
    basis: 'Says some regulations were laid and more were still to come: under way, not complete.',
  },
  'casey-padp-disband#1': {
    noteStartsWith: 'Former Assistant Commissioner Neil Basu',
    status: null,
    basis: 'A former officer saying he did not know what would happen: an opinion, not a report of action.',
  },
  'casey-womens-protection-service#1': {
    noteStartsWith: 'A New Met for London promised',
    status: null,
    basis: 'A further promise of specialist staff, not evidence that the service was created.',
  },
  'casey-womens-protection-service#2': {
    noteStartsWith: 'At the June 2025 launch',
    status: null,
    basis: 'An unverified Met claim about charge rates; it does not say a Women\'s Protection Service exists.',
  },
  'casey-childrens-strategy#1': {
    noteStartsWith: 'HMICFRS found the Met was not doing enough',
    status: null,
    basis: 'Inspection criticism; it does not say whether a strategy had been produced.',
  },
  'casey-childrens-strategy#2': {
    noteStartsWith: 'On revisit HMICFRS closed',
    status: 'DELIVERED',
    basis: 'Says the inspectorate noted a Met children\'s strategy now in place, which is what was recommended.',
  },
  'casey-local-policing#1': {
    noteStartsWith: 'Policy Exchange said officers',
    status: null,
    basis: 'A think tank judges the promise unmet, but names no missed deadline and no decision to abandon it.',
  },
  'casey-local-policing#2': {
    noteStartsWith: 'The Met confirmed front counters',
    status: null,
    basis: 'A cut to front counters; related, but it does not settle whether local policing was rebuilt.',
  },
  'casey-apologise-rebuild-consent#1': {
    noteStartsWith: 'In a post about the New Met for London',
    status: 'IN_PROGRESS',
    basis: 'Says the Commissioner apologised, which is only the first half; nothing yet shows the process to rebuild consent.',
  },
  'casey-apologise-rebuild-consent#2': {
    noteStartsWith: '27 racial justice organisations',
    status: null,
    basis: 'Criticism of the Met\'s response, not a report of what was done.',
  },
  'casey-london-policing-board#1': {
    noteStartsWith: 'The Mayor announced he would create',
    status: null,
    basis: 'An announcement of intent, not yet action.',
  },
  'casey-london-policing-board#2': {
    noteStartsWith: 'Members announced',
    status: 'IN_PROGRESS',
    basis: 'Says members were named and a first meeting set; it does not confirm that the board has met in public.',
  },
  'casey-progress-reviews#1': {
    noteStartsWith: "The Guardian (via inkl) reported that the two-year",
    status: 'LATE',
    basis: 'Says the two-year review had been delayed.',
  },
  'casey-progress-reviews#2': {
    noteStartsWith: 'Mayor and Commissioner jointly commissioned',
    status: 'IN_PROGRESS',
    basis: 'Says the review was commissioned, so work on it had begun.',
  },
  'casey-progress-reviews#3': {
    noteStartsWith: 'The review opened a call for evidence',
    status: 'LATE',
    basis: 'Says the review was meant to start in early 2025 and slipped by about a year.',
  },
  'casey-stop-search-reset#1': {
    noteStartsWith: 'The Met published a stop and search charter',
    status: null,
    basis: 'The link between the charter and this recommendation is drawn by press coverage; it does not say the tactic was reset.',
  },
  'casey-mayoral-oversight#1': {
    noteStartsWith: 'One year after the report',
    status: null,
    basis: 'The Mayor\'s general view of reform; it does not report the regular progress updates asked for.',
  },

  // --- Mayor's Action Plan (2020) -----------------------------------------
  'map-community-monitoring#1': {
    noteStartsWith: "MOPAC's 2021/22 Q1 update",
    status: null,
    basis: 'Existing groups resuming video reviews; it does not say the structures were overhauled.',
  },
  'map-community-monitoring#2': {
    noteStartsWith: 'The Mayor said a review of community engagement',
    status: 'IN_PROGRESS',
    basis: 'Says a review of engagement and scrutiny had been commissioned: a first step, not the overhaul itself.',
  },
  'map-cannabis-smell#1': {
    noteStartsWith: 'The Mayor said research into whether cannabis',
    status: null,
    basis: 'Research on cannabis enforcement in general, not the promised oversight of smell-only searches.',
  },
  'map-use-of-force-scrutiny#1': {
    noteStartsWith: 'The Mayor said the Met had reviewed',
    status: null,
    basis: 'An internal review of handcuffing; it does not show more public scrutiny of force.',
  },
  'map-use-of-force-scrutiny#2': {
    noteStartsWith: 'MOPAC paper (Oversight Board',
    status: null,
    basis: 'A change to officer training; it does not show more public scrutiny of force.',
  },
  'map-vehicle-stops#1': {
    noteStartsWith: 'The Met began a six-month pilot',
    status: 'IN_PROGRESS',
    basis: 'Says the Met began a pilot recording who is stopped in vehicles.',
  },
  'map-vehicle-stops#2': {
    noteStartsWith: 'After the pilot the Met first said',
    status: null,
    basis: 'Reports the Met first planning to stop and then saying it was working on it: too mixed to establish a status.',
  },
  'map-community-led-training#1': {
    noteStartsWith: 'Community-led training for new recruits introduced',
    status: 'DELIVERED',
    basis: 'Says community-led training had been introduced and funded, which is what was promised.',
  },
  'map-bame-recruitment-40pct#1': {
    noteStartsWith: 'Lib Dem research reported',
    status: null,
    basis: 'Recruitment shares at an unstated point before the target year; it does not say the target was missed.',
  },
  'map-bame-recruitment-40pct#2': {
    noteStartsWith: 'MOPAC paper (14 October 2022)',
    status: null,
    basis: 'Says outreach improved success rates, without saying where the 40% target stood.',
  },
  'map-black-officer-progression-funding#1': {
    noteStartsWith: 'The Mayor described GBP 1.2m',
    status: null,
    basis: 'Describes the size of the funding, not whether it was paid out or used.',
  },
  'map-progress-reporting#1': {
    noteStartsWith: 'MOPAC published quarterly updates',
    status: 'IN_PROGRESS',
    basis: 'Says quarterly updates were being published; an ongoing duty, so under way rather than finished.',
  },
  'map-progress-reporting#2': {
    noteStartsWith: 'Met paper for the 14 October 2022',
    status: null,
    basis: 'Reports delivery of the plan\'s actions overall, not of the promise to keep communities updated.',
  },
  'map-black-londoners-survey#1': {
    noteStartsWith: 'The Mayor told the London Assembly',
    status: 'IN_PROGRESS',
    basis: 'Says the survey was extended to hear more Black Londoners; it does not say results for them were published.',
  },

  // --- Police Race Action Plan (2022) -------------------------------------
  'prap-explain-or-reform#1': {
    noteStartsWith: 'A national update added',
    status: null,
    basis: 'A national addition to the plan; it says nothing about the Met explaining or reforming its own disparities.',
  },
  'prap-traffic-stop-ethnicity#1': {
    noteStartsWith: 'The Met said it was working with the national plan',
    status: null,
    basis: 'A Met statement that it was working on this, without saying recording had started.',
  },
  'prap-exploitation-missing#1': {
    noteStartsWith: 'HMICFRS found the Met had improved',
    status: null,
    basis: 'General improvement for children found by inspectors; it does not address Black young men or missing Black people.',
  },
  'prap-met-integration#1': {
    noteStartsWith: 'Met paper for the 14 October 2022',
    status: null,
    basis: 'Names a paper without saying what it reports about this promise.',
  },

  // --- A New Met for London (2023) and Phase 2 ----------------------------
  'nmfl-500-pcsos#1': {
    noteStartsWith: 'BBC (2023): PCSOs fell',
    status: null,
    basis: 'Headcount history and the aim itself, not progress against it.',
  },
  'nmfl-500-pcsos#2': {
    noteStartsWith: 'Lib Dem data',
    status: 'LATE',
    basis: 'Says the end-2023 goal of 500 was missed.',
  },
  'nmfl-565-public-protection#1': {
    noteStartsWith: 'Related evidence only',
    status: null,
    basis: 'Says itself that it is only related and that no figure on the 565 posts was found.',
  },
  'nmfl-front-counter-24-7#1': {
    noteStartsWith: 'Leaked plans',
    status: null,
    basis: 'Leaked plans, not a decision the Met had confirmed.',
  },
  'nmfl-front-counter-24-7#2': {
    noteStartsWith: 'London Assembly called an extraordinary',
    status: null,
    basis: 'Scrutiny of the plans, not a decision.',
  },
  'nmfl-front-counter-24-7#3': {
    noteStartsWith: 'Revised plan: 27 counters',
    status: 'DROPPED',
    basis: 'Says only two counters in all of London stay open 24/7, so a 24/7 counter in every borough has been given up.',
  },
  'nmfl-999-answering#1': {
    noteStartsWith: 'The Met said 86.2% of 999 calls',
    status: 'IN_PROGRESS',
    basis: 'Gives a faster answering rate in 2024 than in 2023 on the promised measure; an open-ended aim, so under way.',
  },
  'nmfl-precise-powers#1': {
    noteStartsWith: 'Stop and search charter published',
    status: null,
    basis: 'A charter and a disparity figure; it does not say searches became more precise or less disproportionate.',
  },
  'nmfl-tackle-discrimination#1': {
    noteStartsWith: 'Panorama filming at Charing Cross',
    status: null,
    basis: 'An exposé and suspensions that followed; not a report on the promise as a whole.',
  },
  'nmfl-tackle-discrimination#2': {
    noteStartsWith: 'The Daniels review found',
    status: null,
    basis: 'Criticism of systemic racism; it names no status for the promise.',
  },
  'nmfl-solve-more-vawg#1': {
    noteStartsWith: 'At the June 2025 Project Archway launch',
    status: null,
    basis: 'The only figure on the measure is an unverified Met claim, labelled as such in the catalogue.',
  },
  'nmfl-solve-more-vawg#2': {
    noteStartsWith: 'Reporting said the V100 programme',
    status: null,
    basis: 'Counts from one programme, not the charge or solved rates the promise is measured by.',
  },
  'nmfl-trust-confidence#1': {
    noteStartsWith: 'Policy Exchange: only 45%',
    status: null,
    basis: 'A low confidence figure; an outcome to watch, not a report that the promise was kept, missed or dropped.',
  },
  'nmfl-trust-confidence#2': {
    noteStartsWith: "The Met's Phase 2 material said 74%",
    status: null,
    basis: 'A Met figure on a different question; it does not settle the promise.',
  },
  'nmfl-phase2#1': {
    noteStartsWith: 'The London Assembly Police and Crime Committee asked',
    status: null,
    basis: 'A question put to the Met, not an answer about progress.',
  },

  // --- Mayor and Commissioner joint measures (Dec 2022) --------------------
  'mm2022-safer-schools-panel#1': {
    noteStartsWith: 'A freedom of information request',
    status: null,
    basis: 'Records that someone asked about the panel, not whether it exists or meets.',
  },
  'mm2022-bwv-analysis#1': {
    noteStartsWith: 'Local reporting said the body-worn video study',
    status: 'IN_PROGRESS',
    basis: 'Says the study was not yet delivered but, according to City Hall, taking shape.',
  },
  'mm2022-bwv-analysis#2': {
    noteStartsWith: 'BBC London reported the same',
    status: null,
    basis: 'Says no outcome or timeline could be given, which establishes no status on its own.',
  },
};
