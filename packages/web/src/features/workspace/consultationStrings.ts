import type { Language } from '../../app/language';
import type { ConsultationStatus } from './gql/graphql';

export type SendField = 'unitIds' | 'deadline' | 'message';
export const SEND_FIELDS: readonly SendField[] = ['unitIds', 'deadline', 'message'];

/** The texts of consultations (remisser) of steering documents, Swedish first. */
export interface ConsultationStrings {
  sectionTitle: string;
  sectionIntro: string;
  noConsultations: string;
  caption: string;
  sentAt: string;
  deadline: string;
  status: string;
  units: string;
  answers: string;
  statusWord: Record<ConsultationStatus, string>;
  answeredCount: (answered: number, total: number) => string;
  unitState: (name: string, state: string) => string;
  answered: string;
  notAnswered: string;
  late: string;
  openConsultation: (deadline: string) => string;
  sendTitle: string;
  sendHint: string;
  onlyDraft: string;
  field: Record<SendField, string>;
  hint: Record<SendField, string>;
  unitsRequired: string;
  deadlineRequired: string;
  deadlineInvalid: string;
  send: string;
  sent: string;
  pageTitle: (document: string) => string;
  backToDocument: string;
  messageHeading: string;
  answersTitle: string;
  answersCaption: string;
  unit: string;
  answeredAt: string;
  views: string;
  noViews: string;
  close: string;
  closeHint: string;
  closed: string;
  closedNotice: string;
  answerTitle: (unit: string) => string;
  answerHint: (deadline: string) => string;
  answerLateHint: (deadline: string) => string;
  viewsLabel: string;
  viewsHint: string;
  viewsRequired: string;
  sendAnswer: string;
  answerSaved: string;
  conflict: string;
  errorCode: Record<string, string>;
  notFound: string;
}

export const consultationStrings: Record<Language, ConsultationStrings> = {
  sv: {
    sectionTitle: 'Remiss',
    sectionIntro: 'Skicka utkastet på remiss till valda enheter med en sista svarsdag. Varje enhet svarar med sina synpunkter; svaren visas sida vid sida.',
    noConsultations: 'Dokumentet har inte skickats på remiss.',
    caption: 'Remisser av dokumentet, nyaste först',
    sentAt: 'Skickad',
    deadline: 'Sista svarsdag',
    status: 'Status',
    units: 'Remissinstanser',
    answers: 'Svar',
    statusWord: { OPEN: 'Öppen', CLOSED: 'Avslutad' },
    answeredCount: (answered, total) => `${answered} av ${total} har svarat`,
    unitState: (name, state) => `${name}: ${state}`,
    answered: 'har svarat',
    notAnswered: 'inte svarat',
    late: 'försenad',
    openConsultation: (deadline) => `Remissen med svar senast ${deadline}`,
    sendTitle: 'Skicka på remiss',
    sendHint: 'Enheterna får en påminnelse om att svara.',
    onlyDraft: 'Bara ett utkast kan skickas på remiss. Påbörja en ny version för att skicka den.',
    field: { unitIds: 'Enheter som ska svara', deadline: 'Sista svarsdag', message: 'Missiv (frågan till enheterna)' },
    hint: {
      unitIds: 'Välj minst en enhet.',
      deadline: 'Datum som åååå-mm-dd, till exempel 2026-03-31.',
      message: 'Valfritt. Vad vill ni särskilt ha synpunkter på?',
    },
    unitsRequired: 'Välj minst en enhet',
    deadlineRequired: 'Skriv ett datum som åååå-mm-dd',
    deadlineInvalid: 'Datumet finns inte i kalendern',
    send: 'Skicka på remiss',
    sent: 'Utkastet är skickat på remiss.',
    pageTitle: (document) => `Remiss: ${document}`,
    backToDocument: 'Tillbaka till styrdokumentet',
    messageHeading: 'Missiv',
    answersTitle: 'Remissvar',
    answersCaption: 'Remissvaren sida vid sida, en rad per enhet',
    unit: 'Enhet',
    answeredAt: 'Svarade',
    views: 'Synpunkter',
    noViews: 'Inget svar ännu',
    close: 'Avsluta remissen',
    closeHint: 'När remissen är avslutad kan svaren inte längre ändras.',
    closed: 'Remissen är avslutad.',
    closedNotice: 'Remissen är avslutad: svaren är låsta och kan bara läsas.',
    answerTitle: (unit) => `Svara för ${unit}`,
    answerHint: (deadline) => `Svara senast ${deadline}. Ni kan ändra svaret så länge remissen är öppen.`,
    answerLateHint: (deadline) => `Sista svarsdag var ${deadline}, men remissen är öppen och ni kan fortfarande svara.`,
    viewsLabel: 'Era synpunkter',
    viewsHint: 'Skriv enhetens synpunkter på utkastet.',
    viewsRequired: 'Skriv era synpunkter',
    sendAnswer: 'Skicka svaret',
    answerSaved: 'Svaret är sparat.',
    conflict: 'Någon annan har ändrat svaret sedan du öppnade sidan. Ladda om för att se det senaste; din text finns kvar i fältet.',
    errorCode: {
      LOCKED: 'Remissen är avslutad och svaren är låsta',
      INVALID: 'Värdet är inte giltigt',
      DUPLICATE: 'En enhet är vald två gånger',
      NOT_FOUND: 'Finns inte',
      FORBIDDEN: 'Du får inte göra det här',
      REQUIRED: 'Fältet måste fyllas i',
      BAD_USER_INPUT: 'Värdet är inte giltigt',
    },
    notFound: 'Remissen finns inte.',
  },
  en: {
    sectionTitle: 'Consultation',
    sectionIntro: 'Send the draft on consultation to chosen units with a deadline. Each unit answers with its views; the answers are shown side by side.',
    noConsultations: 'The document has not been sent on consultation.',
    caption: 'Consultations of the document, newest first',
    sentAt: 'Sent',
    deadline: 'Deadline',
    status: 'Status',
    units: 'Units asked',
    answers: 'Answers',
    statusWord: { OPEN: 'Open', CLOSED: 'Closed' },
    answeredCount: (answered, total) => `${answered} of ${total} have answered`,
    unitState: (name, state) => `${name}: ${state}`,
    answered: 'answered',
    notAnswered: 'not answered',
    late: 'late',
    openConsultation: (deadline) => `The consultation with answers due ${deadline}`,
    sendTitle: 'Send on consultation',
    sendHint: 'The units get a reminder to answer.',
    onlyDraft: 'Only a draft can be sent on consultation. Start a new version to send it.',
    field: { unitIds: 'Units to answer', deadline: 'Deadline', message: 'Covering letter (the question to the units)' },
    hint: {
      unitIds: 'Choose at least one unit.',
      deadline: 'A date as yyyy-mm-dd, for example 2026-03-31.',
      message: 'Optional. What do you especially want views on?',
    },
    unitsRequired: 'Choose at least one unit',
    deadlineRequired: 'Write a date as yyyy-mm-dd',
    deadlineInvalid: 'The date does not exist in the calendar',
    send: 'Send on consultation',
    sent: 'The draft has been sent on consultation.',
    pageTitle: (document) => `Consultation: ${document}`,
    backToDocument: 'Back to the steering document',
    messageHeading: 'Covering letter',
    answersTitle: 'Answers',
    answersCaption: 'The answers side by side, one row per unit',
    unit: 'Unit',
    answeredAt: 'Answered',
    views: 'Views',
    noViews: 'No answer yet',
    close: 'Close the consultation',
    closeHint: 'Once the consultation is closed the answers can no longer be changed.',
    closed: 'The consultation is closed.',
    closedNotice: 'The consultation is closed: the answers are locked and read-only.',
    answerTitle: (unit) => `Answer for ${unit}`,
    answerHint: (deadline) => `Answer by ${deadline}. You can change the answer while the consultation is open.`,
    answerLateHint: (deadline) => `The deadline was ${deadline}, but the consultation is open and you can still answer.`,
    viewsLabel: 'Your views',
    viewsHint: "Write the unit's views on the draft.",
    viewsRequired: 'Write your views',
    sendAnswer: 'Send the answer',
    answerSaved: 'The answer is saved.',
    conflict: 'Someone else changed the answer since you opened the page. Reload to see the latest; your text stays in the field.',
    errorCode: {},
    notFound: 'The consultation does not exist.',
  },
};
