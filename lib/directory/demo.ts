import type { Field } from "./rules";

/**
 * Demo College's three micro-credentials for the demo data (scripts/db-seed.ts) and tests. The
 * college, its awards and its courses are made up: none describes a real provider's offer. Start
 * dates fall in the next calendar year, so they are never in the past when the data is made.
 */
export function demoMicroCredentials(now = new Date()): Partial<Record<Field, string>>[] {
  const next = now.getUTCFullYear() + 1;
  const today = now.toISOString().slice(0, 10);
  return [
    {
      title: "Leading hybrid teams",
      titleCy: "Arwain timau hybrid",
      description:
        "For team leaders who manage people working partly from home and partly on site. Four half-day workshops at the college and short tasks online between them.",
      descriptionCy:
        "I arweinwyr tîm sy'n rheoli pobl sy'n gweithio'n rhannol o gartref ac yn rhannol ar y safle. Pedwar gweithdy hanner diwrnod yn y coleg a thasgau byr ar-lein rhyngddynt.",
      learningOutcomes: "Plan work fairly for a team split between home and the workplace\nHold effective one-to-one meetings online\nAgree ways of working with a hybrid team",
      learningOutcomesCy:
        "Cynllunio gwaith yn deg i dîm sydd wedi'i rannu rhwng y cartref a'r gweithle\nCynnal cyfarfodydd un-i-un effeithiol ar-lein\nCytuno ar ffyrdd o weithio gyda thîm hybrid",
      awardingBody: "Demo College",
      nation: "wales",
      location: "Cardiff",
      mode: "blended",
      pace: "both",
      framework: "cqfw",
      level: "4",
      credits: "10",
      notionalHours: "100",
      assessment: "A reflective report of about 2,000 words",
      qualityAssurance: "Validated by Demo College's academic board",
      deliveryLanguage: "bilingual",
      stackability: "standalone",
      subject: "04",
      startDates: `${next}-01-11, ${next}-04-19`,
      durationWeeks: "8",
      price: "250",
      fundingSchemes: "pla-wales",
      bookingUrl: "https://www.example.org/courses/leading-hybrid-teams",
      lastChecked: today,
    },
    {
      title: "Introduction to heat pump installation",
      welshAbsentReason: "English-medium only: the practical sessions are taught in English",
      description: "Practical sessions in the college's workshop on how air-source heat pumps work and how they are installed safely, for plumbers and heating engineers.",
      learningOutcomes: "Explain how an air-source heat pump heats a home\nPlan a safe installation for a typical house\nCommission a system and explain it to the householder",
      awardingBody: "Demo College",
      nation: "wales",
      location: "Cardiff",
      mode: "in-person",
      pace: "synchronous",
      framework: "cqfw",
      level: "3",
      credits: "10",
      notionalHours: "100",
      assessment: "Observed practical installation and a short online test",
      qualityAssurance: "Validated by Demo College's academic board",
      deliveryLanguage: "en",
      prerequisites: "Working as a plumber or heating engineer",
      stackability: "towards-award",
      stacksTowards: "Demo College Certificate in Low-Carbon Heating",
      subject: "07",
      startDates: `${next}-02-02`,
      durationWeeks: "6",
      price: "450",
      fundingSchemes: "pla-wales",
      bookingUrl: "https://www.example.org/courses/heat-pumps",
      lastChecked: today,
    },
    {
      title: "Using data in care management",
      titleCy: "Defnyddio data wrth reoli gofal",
      description: "Online, at your own pace: how managers in care settings can collect, read and present data about the care their service gives.",
      descriptionCy: "Ar-lein, ar eich cyflymder eich hun: sut gall rheolwyr mewn lleoliadau gofal gasglu, darllen a chyflwyno data am y gofal y mae eu gwasanaeth yn ei roi.",
      learningOutcomes: "Choose measures that show the quality of a care service\nPresent data clearly to staff and inspectors",
      learningOutcomesCy: "Dewis mesurau sy'n dangos ansawdd gwasanaeth gofal\nCyflwyno data'n glir i staff ac arolygwyr",
      awardingBody: "Demo College",
      nation: "wales",
      mode: "online",
      pace: "asynchronous",
      framework: "cqfw",
      level: "5",
      credits: "15",
      notionalHours: "150",
      assessment: "A short data report on the learner's own service",
      qualityAssurance: "Validated by Demo College's academic board",
      deliveryLanguage: "bilingual",
      stackability: "standalone",
      subject: "09",
      anyTimeStart: "on",
      durationWeeks: "10",
      price: "0",
      bookingUrl: "https://www.example.org/courses/data-in-care",
      lastChecked: today,
    },
  ];
}
