// The default FAQ of a new office: the "Veelgestelde vragen" of the client manual (docs/client-manual.md M-FAQ), with the questions written
// out (the manual gives only the answers) and in English too. Phone numbers and the old portal's address are
// left out: the help page shows the office's own contact details next to these answers. Offices edit the
// list under /admin/settings; this is data, not UI text, so it lives here and not in messages/*.json.
import type { FaqEntry } from "../../db/schema";

const entry = (nl: [string, string], en: [string, string]): FaqEntry => ({
  question: { nl: nl[0], en: en[0] },
  answer: { nl: nl[1], en: en[1] },
});

export const DEFAULT_FAQ: readonly FaqEntry[] = [
  entry(
    [
      "Waarom werken jullie met een portal?",
      "De Koninklijke Notariële Beroepsorganisatie (KNB) stelt eisen aan de fysieke en digitale beveiliging van notariskantoren. Dit is vastgelegd in de ‘gedragscode informatiebeveiliging’. Deze gedragscode heeft onder meer invloed op de manier van communiceren met cliënten. Persoonlijke documenten moeten via een beveiligde omgeving worden verstuurd. Daarom werken we met een portal. Via de portal kunnen documenten, zoals een conceptakte, op een veilige manier met u worden gedeeld.",
    ],
    [
      "Why do you use a portal?",
      "The Royal Dutch Association of Civil-law Notaries (KNB) sets requirements for the physical and digital security of notary offices. These are laid down in its code of conduct for information security, which also affects how we communicate with clients: personal documents must be sent through a secure environment. That is why we use a portal. Through the portal, documents such as a draft deed can be shared with you safely.",
    ],
  ),
  entry(
    [
      "Hoe krijg ik toegang tot de portal?",
      "Bij het opstarten van uw dossier maken wij voor u een account aan. U ontvangt hierover een e-mail. Volg na het ontvangen van deze e-mail de stappen onder ‘Eerste keer inloggen’.",
    ],
    [
      "How do I get access to the portal?",
      "When we open your file, we create an account for you and you receive an e-mail about it. After receiving that e-mail, follow the steps under ‘Signing in for the first time’.",
    ],
  ),
  entry(
    [
      "Ik heb geen e-mail ontvangen",
      "Het kan voorkomen dat de e-mail in de map ‘ongewenste e-mail’ terechtkomt. Kunt u de e-mail niet vinden? Neem dan contact met ons op.",
    ],
    [
      "I have not received an e-mail",
      "The e-mail may have ended up in your junk or spam folder. Can you not find it? Then please contact us.",
    ],
  ),
  entry(
    [
      "Ik ben mijn wachtwoord vergeten",
      "Open het inlogscherm van de portal. Klik op ‘instellen wachtwoord’ en vul uw e-mailadres in. U ontvangt dan een e-mail waarmee u een nieuw wachtwoord kunt instellen.",
    ],
    [
      "I have forgotten my password",
      "Open the portal's sign-in page. Click ‘set password’ and enter your e-mail address. You will then receive an e-mail with which you can set a new password.",
    ],
  ),
  entry(
    [
      "Wanneer staan mijn documenten in de portal?",
      "Het aanmaken van een account gebeurt direct tijdens het opstarten van uw dossier. U heeft vanaf dat moment toegang tot de portal. De documenten worden op een later moment in de portal geplaatst. U ontvangt hierover een melding per e-mail.",
    ],
    [
      "When will my documents be in the portal?",
      "Your account is created as soon as we open your file, and you have access to the portal from that moment. The documents are placed in the portal later; you will receive an e-mail when they are.",
    ],
  ),
  entry(
    [
      "Hoe stuur ik documenten naar jullie?",
      "Het uploaden van documenten kan alleen door deze als bijlage(n) toe te voegen aan een bericht. Volg hiervoor de stappen onder ‘Tabblad berichten’.",
    ],
    [
      "How do I send documents to you?",
      "You can upload documents only by adding them as attachments to a message. Follow the steps under ‘Messages tab’.",
    ],
  ),
  entry(
    [
      "Waar vind ik een gedownload document?",
      "Na het klikken op de downloadknop verschijnt er een melding en kunt u het document direct openen. U kunt het document ook terugvinden in de downloadmap van uw desktop of laptop: via Verkenner → Downloads (Windows) of Finder → Downloads (Apple).\n\nOp een mobiele telefoon kunt u een gedownload document meestal terugvinden in de app Files/Bestanden. Dit is afhankelijk van het merk van uw telefoon. U kunt ook zoeken op ‘Downloads’.",
    ],
    [
      "Where do I find a downloaded document?",
      "After you click the download button, a notice appears and you can open the document straight away. You can also find the document in the downloads folder of your desktop or laptop: File Explorer → Downloads (Windows) or Finder → Downloads (Apple).\n\nOn a mobile phone, a downloaded document can usually be found in the Files app. This depends on the make of your phone. You can also search for ‘Downloads’.",
    ],
  ),
  entry(
    [
      "Wat is 2-staps verificatie?",
      "Een 2-staps verificatie is een extra beveiligingslaag voor het inloggen op de portal. Het inloggen gebeurt dan door het invullen van uw wachtwoord in combinatie met een verificatiecode die u per sms ontvangt. U kunt deze functie via het onderdeel ‘Account’ activeren. Hiervoor is het invullen van uw mobiele nummer noodzakelijk (begin met het landnummer (31), de nul (0) vervalt. Bijvoorbeeld: 31612345678). U ontvangt vervolgens een sms-bericht met een verificatiecode.\n\nNa het ingeven van de code verschijnt er een scherm met een herstelcode. Deze code heeft u nodig als u geen toegang meer heeft tot uw mobiele telefoon. Bewaar deze code goed. U kunt de code via ‘verstuur e-mail’ naar uw e-mailadres laten sturen.",
    ],
    [
      "What is 2-step verification?",
      "2-step verification is an extra layer of security for signing in to the portal. You then sign in with your password together with a verification code that you receive by text message. You can switch it on under ‘Account’. You need to enter your mobile number for this (start with the country code (31) and leave out the leading zero (0), for example 31612345678). You will then receive a text message with a verification code.\n\nAfter you enter the code, a screen with a recovery code appears. You need this code if you no longer have access to your mobile phone, so keep it safe. You can have the code sent to your e-mail address with ‘send e-mail’.",
    ],
  ),
  entry(
    [
      "Ik heb geen toegang meer tot mijn telefoon",
      "Log in met uw wachtwoord en gebruik de herstelcode die u kreeg toen u de 2-staps verificatie instelde. Heeft u de herstelcode niet meer of lukt het inloggen niet? Neem dan contact met ons op, zodat wij u kunnen helpen om de toegang tot de portal te herstellen.",
    ],
    [
      "I no longer have access to my phone",
      "Sign in with your password and use the recovery code you received when you set up 2-step verification. Do you no longer have the recovery code, or can you still not sign in? Then please contact us, so that we can help you regain access to the portal.",
    ],
  ),
  entry(
    [
      "Kan ik documenten ook anders ontvangen?",
      "Ja. Het is mogelijk om persoonlijke documenten te ontvangen via een beveiligde e-mail. Wilt u de documenten via een beveiligde e-mail ontvangen? Neem dan contact met ons op.",
    ],
    [
      "Can I receive documents in another way?",
      "Yes. Personal documents can also be sent to you by secure e-mail. Would you like to receive them that way? Then please contact us.",
    ],
  ),
];

/** A fresh copy for a new office's `faq` column. */
export function defaultFaq(): FaqEntry[] {
  return DEFAULT_FAQ.map((item) => ({ question: { ...item.question }, answer: { ...item.answer } }));
}
