/**
 * Deterministic generator of realistic CSP partner email templates (MJML and Markdown) for the
 * benchmark harness. Everything is driven by a seeded PRNG (mulberry32), so the same
 * `(format, targetBytes, seed)` always gives the same text, on every machine and Node version.
 *
 * The templates are shaped like the ones in `examples/templates/` and `test/corpus/`: front matter
 * or `<mj-head>` metadata, a greeting, topic paragraphs (invoices, renewals, incidents,
 * newsletters) that name Microsoft 365 products, tables, buttons, images, a sign-off and a footer,
 * in six languages, with `{{ placeholders }}`. About a third of them break the guideline (a
 * Microsoft sign-off, or "pay Microsoft"), so the rules do their full work on those.
 *
 * This file is not a test fixture: nothing asserts on what the rules report for these texts.
 */

export type Format = "mjml" | "md";
export type Locale = "en" | "nl" | "de" | "fr" | "es" | "ja";
export type Topic = "invoice" | "renewal" | "incident" | "newsletter";

export const LOCALES: readonly Locale[] = ["en", "nl", "de", "fr", "es", "ja"];
const TOPICS: readonly Topic[] = ["invoice", "renewal", "incident", "newsletter"];

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

interface Bank {
  greeting: string[];
  headings: Record<Topic, string[]>;
  topic: Record<Topic, string[]>;
  /** Sentences that name Microsoft products in a legitimate way (partner bills, Microsoft makes). */
  products: string[];
  /** Neutral filler: account, support, privacy. */
  general: string[];
  /** Partner sign-offs (legitimate). */
  signoff: string[];
  /** Guideline violations: Microsoft as author, or routing payment/billing to Microsoft. */
  violation: string[];
  button: Record<Topic, string[]>;
  table: { header: [string, string, string]; rows: string[]; total: string };
  list: string[];
  footer: string[];
  subject: Record<Topic, string[]>;
  locale: string;
}

const PRODUCTS = [
  "Microsoft 365 Business Premium",
  "Microsoft 365 Business Standard",
  "Microsoft 365 E3",
  "Microsoft 365 Apps for business",
  "Exchange Online (Plan 1)",
  "Microsoft Teams Essentials",
  "Azure consumption",
  "Microsoft Defender for Business",
];

const BANKS: Record<Locale, Bank> = {
  en: {
    locale: "en-GB",
    greeting: ["Dear {{ contact.first_name }},", "Hello {{ customer.name }},", "Hi {{ contact.first_name }},"],
    headings: {
      invoice: ["Your invoice is ready", "Invoice summary", "Payment details"],
      renewal: ["Your subscription renews soon", "Renewal overview", "What changes at renewal"],
      incident: ["Service incident update", "What happened", "Next steps"],
      newsletter: ["This month at {{ partner.name }}", "Product news", "Upcoming webinars"],
    },
    topic: {
      invoice: [
        "Your invoice {{ invoice.number }} for {{ invoice.period }} is now available in your customer portal.",
        "The total amount of {{ invoice.total }} is due on {{ invoice.due_date }}.",
        "We will collect this amount by direct debit on or around {{ invoice.debit_date }}.",
        "Please transfer the amount to our account, quoting your invoice number {{ invoice.number }}.",
        "This invoice covers your licences and usage for the period shown below.",
      ],
      renewal: [
        "Your annual subscription renews automatically on {{ renewal.date }}.",
        "If you want to change the number of seats, please let us know before {{ renewal.cutoff }}.",
        "The new price per user per month is {{ renewal.price }} from the next term.",
        "You can cancel or reduce your licences within 72 hours after the renewal date.",
      ],
      incident: [
        "Between {{ incident.start }} and {{ incident.end }} some users could not sign in to Outlook.",
        "Microsoft has identified the cause and applied a fix to the affected infrastructure.",
        "No action is required on your side; we continue to monitor the service health dashboard.",
        "We apologise for the inconvenience this may have caused your team.",
      ],
      newsletter: [
        "This month we look at new Copilot features and what they mean for small businesses.",
        "Join our free webinar on {{ webinar.date }} about securing your mailboxes.",
        "Our support desk now answers calls until 20:00 on weekdays.",
        "Read how {{ case.customer }} moved their file shares to SharePoint in one weekend.",
      ],
    },
    products: [
      "Your subscription includes {{ seats }} licences of Microsoft 365 Business Premium.",
      "Microsoft 365 and Azure are trademarks of the Microsoft group of companies.",
      "Microsoft 365 Business Standard gives every user Teams, Exchange Online and 1 TB of OneDrive storage.",
      "You can manage your users yourself in the Microsoft 365 admin center.",
    ],
    general: [
      "You can review your account details at any time in our portal.",
      "If you have any questions, simply reply to this email.",
      "Our service desk is available on working days from 08:00 to 18:00.",
      "We process your data in line with our privacy statement.",
    ],
    signoff: ["Kind regards,<br/>{{ partner.name }} Billing", "Best wishes,<br/>The {{ partner.name }} team"],
    violation: [
      "Kind regards,<br/>The Microsoft Billing Team",
      "To settle this invoice, please pay Microsoft directly via {{ ms_payment_url }}.",
      "For questions about this charge, contact Microsoft billing support at {{ ms_support_phone }}.",
    ],
    button: { invoice: ["Download invoice (PDF)", "View invoice"], renewal: ["Manage subscription", "Review renewal"], incident: ["View status page"], newsletter: ["Register now", "Read more"] },
    table: { header: ["Description", "Qty", "Amount"], rows: PRODUCTS, total: "Total incl. VAT" },
    list: ["Check your billing contact", "Review your licence count", "Update your payment method", "Enable multi-factor authentication", "Download your invoice"],
    footer: ["{{ partner.legal_name }} · {{ partner.address }} · VAT {{ partner.vat }}", "You receive this email because you are a customer of {{ partner.name }}."],
    subject: { invoice: ["Your invoice {{ invoice.number }}"], renewal: ["Your subscription renews on {{ renewal.date }}"], incident: ["Incident {{ incident.id }}: resolved"], newsletter: ["{{ partner.name }} news for {{ month }}"] },
  },
  nl: {
    locale: "nl-NL",
    greeting: ["Beste {{ contact.first_name }},", "Geachte {{ customer.name }},"],
    headings: {
      invoice: ["Uw factuur staat klaar", "Overzicht van uw factuur"],
      renewal: ["Uw abonnement wordt verlengd", "Wat verandert er bij verlenging"],
      incident: ["Update over de storing", "Wat is er gebeurd"],
      newsletter: ["Nieuws van {{ partner.name }}", "Webinars deze maand"],
    },
    topic: {
      invoice: [
        "Uw factuur {{ invoice.number }} over {{ invoice.period }} staat klaar in het klantportaal.",
        "Het totaalbedrag van {{ invoice.total }} wordt rond {{ invoice.debit_date }} automatisch afgeschreven.",
        "Wilt u het bedrag vóór {{ invoice.due_date }} overmaken onder vermelding van het factuurnummer?",
        "Klopt er iets niet op de factuur? Beantwoord dan deze e-mail.",
      ],
      renewal: [
        "Uw jaarabonnement wordt op {{ renewal.date }} automatisch verlengd.",
        "Wilt u het aantal licenties aanpassen, laat het ons dan vóór {{ renewal.cutoff }} weten.",
        "De nieuwe prijs per gebruiker per maand is {{ renewal.price }}.",
      ],
      incident: [
        "Tussen {{ incident.start }} en {{ incident.end }} konden sommige gebruikers niet inloggen bij Outlook.",
        "Microsoft heeft de oorzaak gevonden en een oplossing doorgevoerd.",
        "U hoeft zelf niets te doen; wij houden de status in de gaten.",
      ],
      newsletter: [
        "Deze maand bespreken we nieuwe functies in Copilot voor het mkb.",
        "Meld u aan voor ons gratis webinar op {{ webinar.date }}.",
        "Onze servicedesk is nu op werkdagen tot 20.00 uur bereikbaar.",
      ],
    },
    products: [
      "Uw abonnement omvat {{ seats }} licenties Microsoft 365 Business Standard.",
      "Microsoft 365 en Azure zijn handelsmerken van de Microsoft-groep.",
      "Gebruikers beheert u zelf in het Microsoft 365-beheercentrum.",
    ],
    general: [
      "Uw gegevens kunt u altijd inzien in ons klantportaal.",
      "Heeft u vragen? Beantwoord dan gewoon deze e-mail.",
      "Wij verwerken uw gegevens volgens onze privacyverklaring.",
    ],
    signoff: ["Met vriendelijke groet,<br/>{{ partner.name }} Facturatie", "Hartelijke groet,<br/>Het team van {{ partner.name }}"],
    violation: [
      "Met vriendelijke groet,<br/>Het Microsoft-team",
      "Betaal deze factuur rechtstreeks aan Microsoft via {{ ms_payment_url }}.",
      "Voor vragen over deze afschrijving kunt u contact opnemen met Microsoft Billing Support.",
    ],
    button: { invoice: ["Factuur downloaden (pdf)"], renewal: ["Abonnement beheren"], incident: ["Statuspagina bekijken"], newsletter: ["Nu aanmelden", "Lees meer"] },
    table: { header: ["Omschrijving", "Aantal", "Bedrag"], rows: PRODUCTS, total: "Totaal incl. btw" },
    list: ["Controleer uw factuuradres", "Bekijk het aantal licenties", "Werk uw betaalmethode bij", "Zet meervoudige verificatie aan"],
    footer: ["{{ partner.legal_name }} · {{ partner.address }} · KvK {{ partner.coc }}", "U ontvangt deze e-mail omdat u klant bent van {{ partner.name }}."],
    subject: { invoice: ["Uw factuur {{ invoice.number }} staat klaar"], renewal: ["Uw abonnement wordt verlengd op {{ renewal.date }}"], incident: ["Storing {{ incident.id }} opgelost"], newsletter: ["Nieuwsbrief {{ month }}"] },
  },
  de: {
    locale: "de-DE",
    greeting: ["Sehr geehrte Damen und Herren,", "Hallo {{ contact.first_name }},", "Guten Tag {{ customer.name }},"],
    headings: {
      invoice: ["Ihre Rechnung ist da", "Rechnungsübersicht"],
      renewal: ["Ihr Abonnement wird verlängert", "Änderungen zur Verlängerung"],
      incident: ["Update zur Störung", "Was ist passiert"],
      newsletter: ["Neuigkeiten von {{ partner.name }}", "Webinare im {{ month }}"],
    },
    topic: {
      invoice: [
        "Ihre Rechnung {{ invoice.number }} für {{ invoice.period }} steht im Kundenportal bereit.",
        "Den Betrag von {{ invoice.total }} ziehen wir am {{ invoice.debit_date }} per SEPA-Lastschrift ein.",
        "Bitte überweisen Sie den Betrag bis zum {{ invoice.due_date }} unter Angabe der Rechnungsnummer.",
        "Fragen zur Rechnung beantwortet unsere Buchhaltung gerne.",
      ],
      renewal: [
        "Ihr Jahresabonnement verlängert sich automatisch am {{ renewal.date }}.",
        "Möchten Sie die Anzahl der Lizenzen ändern, teilen Sie uns dies bitte bis {{ renewal.cutoff }} mit.",
        "Der neue Preis pro Benutzer und Monat beträgt {{ renewal.price }}.",
      ],
      incident: [
        "Zwischen {{ incident.start }} und {{ incident.end }} konnten sich einige Benutzer nicht bei Outlook anmelden.",
        "Microsoft hat die Ursache gefunden und eine Korrektur eingespielt.",
        "Sie müssen nichts tun; wir beobachten den Dienststatus weiter.",
      ],
      newsletter: [
        "In diesem Monat stellen wir neue Copilot-Funktionen für kleine Unternehmen vor.",
        "Melden Sie sich zu unserem kostenlosen Webinar am {{ webinar.date }} an.",
        "Unser Service-Desk ist jetzt werktags bis 20 Uhr erreichbar.",
      ],
    },
    products: [
      "Ihr Abonnement umfasst {{ seats }} Lizenzen Microsoft 365 Business Premium.",
      "Microsoft 365 und Azure sind Marken der Microsoft-Unternehmensgruppe.",
      "Benutzer verwalten Sie selbst im Microsoft 365 Admin Center.",
    ],
    general: [
      "Ihre Kontodaten können Sie jederzeit im Portal einsehen.",
      "Bei Fragen antworten Sie einfach auf diese E-Mail.",
      "Wir verarbeiten Ihre Daten gemäß unserer Datenschutzerklärung.",
    ],
    signoff: ["Mit freundlichen Grüßen<br/>Ihr {{ partner.name }} Abrechnungsteam", "Viele Grüße<br/>{{ partner.name }}"],
    violation: [
      "Mit freundlichen Grüßen<br/>Ihr Microsoft-Abrechnungsteam",
      "Bitte zahlen Sie den Betrag direkt an Microsoft über {{ ms_payment_url }}.",
      "Bei Fragen zu dieser Abbuchung wenden Sie sich bitte an den Microsoft-Abrechnungssupport.",
    ],
    button: { invoice: ["Rechnung herunterladen (PDF)"], renewal: ["Abonnement verwalten"], incident: ["Statusseite öffnen"], newsletter: ["Jetzt anmelden", "Weiterlesen"] },
    table: { header: ["Beschreibung", "Menge", "Betrag"], rows: PRODUCTS, total: "Gesamt inkl. MwSt." },
    list: ["Rechnungsadresse prüfen", "Lizenzanzahl überprüfen", "Zahlungsmethode aktualisieren", "Mehrstufige Authentifizierung aktivieren"],
    footer: ["{{ partner.legal_name }} · {{ partner.address }} · USt-IdNr. {{ partner.vat }}", "Sie erhalten diese E-Mail als Kunde von {{ partner.name }}."],
    subject: { invoice: ["Ihre Rechnung {{ invoice.number }}"], renewal: ["Verlängerung Ihres Abonnements am {{ renewal.date }}"], incident: ["Störung {{ incident.id }} behoben"], newsletter: ["Newsletter {{ month }}"] },
  },
  fr: {
    locale: "fr-FR",
    greeting: ["Bonjour {{ contact.first_name }},", "Madame, Monsieur,"],
    headings: {
      invoice: ["Votre facture est disponible", "Récapitulatif de facturation"],
      renewal: ["Votre abonnement sera renouvelé", "Ce qui change au renouvellement"],
      incident: ["Point sur l'incident", "Ce qui s'est passé"],
      newsletter: ["Les nouvelles de {{ partner.name }}", "Webinaires du mois"],
    },
    topic: {
      invoice: [
        "Votre facture {{ invoice.number }} pour {{ invoice.period }} est disponible dans votre espace client.",
        "Le montant de {{ invoice.total }} sera prélevé le {{ invoice.debit_date }}.",
        "Merci de régler le montant avant le {{ invoice.due_date }} en indiquant le numéro de facture.",
        "Une question sur votre facture ? Répondez simplement à cet e-mail.",
      ],
      renewal: [
        "Votre abonnement annuel sera renouvelé automatiquement le {{ renewal.date }}.",
        "Pour modifier le nombre de licences, prévenez-nous avant le {{ renewal.cutoff }}.",
        "Le nouveau prix par utilisateur et par mois est de {{ renewal.price }}.",
      ],
      incident: [
        "Entre {{ incident.start }} et {{ incident.end }}, certains utilisateurs n'ont pas pu se connecter à Outlook.",
        "Microsoft a identifié la cause et déployé un correctif.",
        "Aucune action n'est requise de votre part ; nous continuons à surveiller le service.",
      ],
      newsletter: [
        "Ce mois-ci, nous présentons les nouveautés de Copilot pour les PME.",
        "Inscrivez-vous à notre webinaire gratuit du {{ webinar.date }}.",
        "Notre support répond désormais jusqu'à 20 h en semaine.",
      ],
    },
    products: [
      "Votre abonnement comprend {{ seats }} licences Microsoft 365 Business Premium.",
      "Microsoft 365 et Azure sont des marques du groupe Microsoft.",
      "Vous gérez vos utilisateurs dans le Centre d'administration Microsoft 365.",
    ],
    general: [
      "Vous pouvez consulter votre compte à tout moment dans notre portail.",
      "Pour toute question, répondez simplement à cet e-mail.",
      "Nous traitons vos données conformément à notre politique de confidentialité.",
    ],
    signoff: ["Cordialement,<br/>Le service facturation de {{ partner.name }}", "Bien à vous,<br/>L'équipe {{ partner.name }}"],
    violation: [
      "Cordialement,<br/>L'équipe de facturation Microsoft",
      "Veuillez payer Microsoft directement via {{ ms_payment_url }}.",
      "Pour toute question sur ce prélèvement, contactez le support facturation de Microsoft.",
    ],
    button: { invoice: ["Télécharger la facture (PDF)"], renewal: ["Gérer l'abonnement"], incident: ["Voir la page d'état"], newsletter: ["Je m'inscris", "Lire la suite"] },
    table: { header: ["Description", "Qté", "Montant"], rows: PRODUCTS, total: "Total TTC" },
    list: ["Vérifiez votre adresse de facturation", "Contrôlez le nombre de licences", "Mettez à jour votre moyen de paiement", "Activez l'authentification multifacteur"],
    footer: ["{{ partner.legal_name }} · {{ partner.address }} · SIRET {{ partner.siret }}", "Vous recevez cet e-mail en tant que client de {{ partner.name }}."],
    subject: { invoice: ["Votre facture {{ invoice.number }}"], renewal: ["Renouvellement de votre abonnement le {{ renewal.date }}"], incident: ["Incident {{ incident.id }} résolu"], newsletter: ["Lettre d'information {{ month }}"] },
  },
  es: {
    locale: "es-ES",
    greeting: ["Estimado/a {{ contact.first_name }}:", "Hola, {{ customer.name }}:"],
    headings: {
      invoice: ["Su factura está disponible", "Resumen de facturación"],
      renewal: ["Su suscripción se renovará", "Qué cambia en la renovación"],
      incident: ["Actualización del incidente", "Qué ha pasado"],
      newsletter: ["Novedades de {{ partner.name }}", "Seminarios web del mes"],
    },
    topic: {
      invoice: [
        "Su factura {{ invoice.number }} del periodo {{ invoice.period }} ya está disponible en el portal de clientes.",
        "El importe de {{ invoice.total }} se cargará en su cuenta el {{ invoice.debit_date }}.",
        "Le rogamos que realice la transferencia antes del {{ invoice.due_date }} indicando el número de factura.",
        "¿Alguna duda sobre la factura? Responda a este correo.",
      ],
      renewal: [
        "Su suscripción anual se renovará automáticamente el {{ renewal.date }}.",
        "Si desea cambiar el número de licencias, avísenos antes del {{ renewal.cutoff }}.",
        "El nuevo precio por usuario y mes es de {{ renewal.price }}.",
      ],
      incident: [
        "Entre {{ incident.start }} y {{ incident.end }} algunos usuarios no pudieron iniciar sesión en Outlook.",
        "Microsoft ha identificado la causa y ha aplicado una corrección.",
        "No tiene que hacer nada; seguimos supervisando el estado del servicio.",
      ],
      newsletter: [
        "Este mes presentamos las novedades de Copilot para pymes.",
        "Inscríbase en nuestro seminario web gratuito del {{ webinar.date }}.",
        "Nuestro servicio de soporte atiende ahora hasta las 20:00 en días laborables.",
      ],
    },
    products: [
      "Su suscripción incluye {{ seats }} licencias de Microsoft 365 Business Standard.",
      "Microsoft 365 y Azure son marcas comerciales del grupo Microsoft.",
      "Puede administrar sus usuarios en el Centro de administración de Microsoft 365.",
    ],
    general: [
      "Puede consultar los datos de su cuenta en nuestro portal.",
      "Si tiene preguntas, responda a este correo.",
      "Tratamos sus datos conforme a nuestra política de privacidad.",
    ],
    signoff: ["Atentamente,<br/>Facturación de {{ partner.name }}", "Un saludo,<br/>El equipo de {{ partner.name }}"],
    violation: [
      "Atentamente,<br/>El equipo de facturación de Microsoft",
      "Por favor, pague a Microsoft directamente a través de {{ ms_payment_url }}.",
      "Si tiene preguntas sobre este cargo, póngase en contacto con el soporte de facturación de Microsoft.",
    ],
    button: { invoice: ["Descargar factura (PDF)"], renewal: ["Gestionar suscripción"], incident: ["Ver página de estado"], newsletter: ["Inscribirme", "Leer más"] },
    table: { header: ["Descripción", "Cant.", "Importe"], rows: PRODUCTS, total: "Total con IVA" },
    list: ["Compruebe su dirección de facturación", "Revise el número de licencias", "Actualice su método de pago", "Active la autenticación multifactor"],
    footer: ["{{ partner.legal_name }} · {{ partner.address }} · CIF {{ partner.cif }}", "Recibe este correo como cliente de {{ partner.name }}."],
    subject: { invoice: ["Su factura {{ invoice.number }}"], renewal: ["Su suscripción se renueva el {{ renewal.date }}"], incident: ["Incidente {{ incident.id }} resuelto"], newsletter: ["Boletín de {{ month }}"] },
  },
  ja: {
    locale: "ja-JP",
    greeting: ["{{ customer.name }} 御中", "{{ contact.last_name }} 様"],
    headings: {
      invoice: ["請求書のご案内", "ご請求内容"],
      renewal: ["サブスクリプション更新のお知らせ", "更新時の変更点"],
      incident: ["障害に関するお知らせ", "発生した事象"],
      newsletter: ["{{ partner.name }} ニュース", "今月のウェビナー"],
    },
    topic: {
      invoice: [
        "{{ invoice.period }} 分の請求書 {{ invoice.number }} をお客様ポータルに掲載しました。",
        "ご請求金額 {{ invoice.total }} は {{ invoice.debit_date }} に口座から引き落とされます。",
        "{{ invoice.due_date }} までに請求書番号を記載のうえお振り込みください。",
        "請求内容についてご不明な点があれば、このメールにご返信ください。",
      ],
      renewal: [
        "年間サブスクリプションは {{ renewal.date }} に自動更新されます。",
        "ライセンス数を変更される場合は {{ renewal.cutoff }} までにご連絡ください。",
        "次の契約期間のユーザーあたり月額は {{ renewal.price }} です。",
      ],
      incident: [
        "{{ incident.start }} から {{ incident.end }} まで、一部のユーザーが Outlook にサインインできませんでした。",
        "Microsoft が原因を特定し、修正を適用しました。",
        "お客様側での対応は不要です。引き続きサービスの状態を監視します。",
      ],
      newsletter: [
        "今月は中小企業向けの Copilot の新機能をご紹介します。",
        "{{ webinar.date }} の無料ウェビナーにぜひご参加ください。",
        "サポート窓口は平日 20 時まで受け付けています。",
      ],
    },
    products: [
      "ご契約には Microsoft 365 Business Premium のライセンス {{ seats }} 件が含まれます。",
      "Microsoft 365 および Azure は Microsoft グループの商標です。",
      "ユーザーの管理は Microsoft 365 管理センターで行えます。",
    ],
    general: [
      "アカウント情報はいつでもポータルでご確認いただけます。",
      "ご質問はこのメールにご返信ください。",
      "お客様の情報はプライバシーポリシーに従って取り扱います。",
    ],
    signoff: ["今後ともよろしくお願いいたします。<br/>{{ partner.name }} 請求担当", "{{ partner.name }} サポートチーム"],
    violation: [
      "今後ともよろしくお願いいたします。<br/>マイクロソフト請求チーム",
      "お支払いは {{ ms_payment_url }} から Microsoft に直接お願いします。",
      "この請求に関するお問い合わせは Microsoft の請求サポートまでご連絡ください。",
    ],
    button: { invoice: ["請求書をダウンロード (PDF)"], renewal: ["サブスクリプションを管理"], incident: ["ステータスページを見る"], newsletter: ["今すぐ申し込む", "続きを読む"] },
    table: { header: ["内容", "数量", "金額"], rows: PRODUCTS, total: "合計 (税込)" },
    list: ["請求先住所を確認する", "ライセンス数を確認する", "支払い方法を更新する", "多要素認証を有効にする"],
    footer: ["{{ partner.legal_name }} · {{ partner.address }}", "このメールは {{ partner.name }} のお客様にお送りしています。"],
    subject: { invoice: ["請求書 {{ invoice.number }} のご案内"], renewal: ["{{ renewal.date }} にサブスクリプションが更新されます"], incident: ["障害 {{ incident.id }} 復旧のお知らせ"], newsletter: ["{{ month }} のニュースレター"] },
  },
};

const PARTNERS = [
  { name: "Northwind Cloud", domain: "northwind-cloud.example" },
  { name: "Contoso IT", domain: "contoso-it.example" },
  { name: "Fabrikam Services", domain: "fabrikam.example" },
  { name: "Tailspin Solutions", domain: "tailspin.example" },
];

const CATEGORY: Record<Topic, string> = { invoice: "invoice", renewal: "renewal", incident: "service-notice", newsletter: "newsletter" };

export interface TemplateInfo {
  text: string;
  format: Format;
  locale: Locale;
  topic: Topic;
  /** Whether a guideline violation was inserted (not whether the rules report it). */
  violation: boolean;
  bytes: number;
}

const encoder = new TextEncoder();
export const byteLength = (text: string): number => encoder.encode(text).length;

/** Plain text of a sentence for Markdown: the bank uses `<br/>` for sign-off line breaks. */
const mdLine = (sentence: string) => sentence.replaceAll("<br/>", "  \n");
/** MJML text content: `&` must be an entity in markup (the banks contain none, but be safe). */
const esc = (sentence: string) => sentence.replaceAll("&", "&amp;");

/** Adds light inline markup to a sentence: bold a placeholder, or wrap a product name in a link. */
function decorate(rng: Rng, sentence: string, format: Format): string {
  const roll = rng();
  if (roll < 0.3) return sentence.replace(/\{\{ ([\w.]+) \}\}/u, "<b>{{ $1 }}</b>");
  if (roll < 0.4) return sentence.replace(/Microsoft 365 [\w ]+/u, (match) => `<a href="https://www.microsoft.com/microsoft-365/business">${match.trim()}</a>`);
  if (roll < 0.5 && format === "md") return sentence.replace(/\{\{ ([\w.]+) \}\}/u, "**{{ $1 }}**");
  if (roll < 0.55) return sentence.replace(/\{\{ ([\w.]+) \}\}/u, "<i>{{ $1 }}</i>");
  return sentence;
}

function paragraph(rng: Rng, bank: Bank, topic: Topic, format: Format, sentences: number): string {
  const used = new Set<string>();
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    // No sentence twice in one paragraph (a few tries; the banks are small).
    let sentence = "";
    for (let attempt = 0; attempt < 4 && (sentence === "" || used.has(sentence)); attempt++) {
      const source = rng() < 0.65 ? bank.topic[topic] : rng() < 0.5 ? bank.products : bank.general;
      sentence = pick(rng, source);
    }
    if (used.has(sentence)) continue;
    used.add(sentence);
    parts.push(decorate(rng, sentence, format));
  }
  return parts.join(bank.locale === "ja-JP" ? "" : " ");
}

/** `count` distinct items in random order (all of them when there are fewer). */
function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

/**
 * Returns a template of roughly `targetBytes` UTF-8 bytes: it grows by whole sections and stops at
 * the section count closest to the target (within half a section, a few hundred bytes; the
 * smallest template, with one section, is about 2 KB for MJML and 1.5 KB for Markdown).
 */
export function generateTemplate(format: Format, targetBytes: number, seed: number): string {
  return generateTemplateInfo(format, targetBytes, seed).text;
}

export function generateTemplateInfo(format: Format, targetBytes: number, seed: number): TemplateInfo {
  const rng = mulberry32(seed);
  const locale = LOCALES[Math.floor(rng() * LOCALES.length)]!;
  const violation = rng() < 1 / 3;
  // A violation only matters on subscription-commerce mail, so violating templates are about money.
  const topic: Topic = violation ? pick(rng, ["invoice", "renewal"] as const) : pick(rng, TOPICS);
  const bank = BANKS[locale];
  const partner = pick(rng, PARTNERS);
  const build = format === "mjml" ? buildMjml : buildMarkdown;
  const text = build(rng, bank, topic, partner, violation, targetBytes);
  return { text, format, locale, topic, violation, bytes: byteLength(text) };
}

interface Partner {
  name: string;
  domain: string;
}

/**
 * Grows a body from section builders until head + body + tail reach the target size. The last
 * section is kept only if it brings the total closer to the target than leaving it out; there is
 * always at least one section.
 */
function grow(fixedBytes: number, targetBytes: number, makeSection: (index: number) => string): string[] {
  const sections: string[] = [];
  let bytes = fixedBytes;
  for (let index = 0; bytes < targetBytes; index++) {
    const section = makeSection(index);
    const next = bytes + byteLength(section);
    if (index > 0 && next > targetBytes && next - targetBytes > targetBytes - bytes) break;
    sections.push(section);
    bytes = next;
  }
  if (sections.length === 0) sections.push(makeSection(0));
  return sections;
}

function buildMjml(rng: Rng, bank: Bank, topic: Topic, partner: Partner, violation: boolean, targetBytes: number): string {
  const head = [
    "<mjml>",
    "  <mj-head>",
    `    <mj-title>${esc(pick(rng, bank.subject[topic]))}</mj-title>`,
    `    <mj-preview>${esc(pick(rng, bank.topic[topic]))}</mj-preview>`,
    "    <mj-raw>",
    `      <meta name="from" content="${partner.name} <billing@${partner.domain}>">`,
    `      <meta name="category" content="${CATEGORY[topic]}">`,
    `      <meta name="locale" content="${bank.locale}">`,
    "    </mj-raw>",
    "    <mj-attributes>",
    '      <mj-all font-family="Segoe UI, Helvetica, Arial, sans-serif" />',
    '      <mj-text font-size="15px" line-height="22px" color="#1f2933" />',
    "    </mj-attributes>",
    "  </mj-head>",
    '  <mj-body background-color="#f3f5f7">',
    '    <mj-section background-color="#0b2a4a" padding="20px 0">',
    "      <mj-column>",
    `        <mj-image src="https://assets.${partner.domain}/brand/wordmark.png" alt="${partner.name}" width="170px" align="left" />`,
    "      </mj-column>",
    "    </mj-section>",
    '    <mj-section background-color="#ffffff">',
    "      <mj-column>",
    `        <mj-text><p>${esc(pick(rng, bank.greeting))}</p></mj-text>`,
    "      </mj-column>",
    "    </mj-section>",
    "",
  ].join("\n");
  const signoff = violation && rng() < 0.5 ? bank.violation[0]! : pick(rng, bank.signoff);
  const tail = [
    '    <mj-section background-color="#ffffff">',
    "      <mj-column>",
    `        <mj-text><p>${esc(signoff)}</p></mj-text>`,
    "      </mj-column>",
    "    </mj-section>",
    '    <mj-section padding="16px 0">',
    "      <mj-column>",
    `        <mj-text font-size="12px" color="#6b7785" align="center">${bank.footer.map(esc).join("<br/>")}</mj-text>`,
    "      </mj-column>",
    "    </mj-section>",
    "  </mj-body>",
    "</mjml>",
    "",
  ].join("\n");
  // The body violation (pay Microsoft / contact Microsoft) goes into one section chosen up front.
  const bodyViolation = violation && !signoff.includes(bank.violation[0]!) ? pick(rng, bank.violation.slice(1)) : undefined;
  const estimate = Math.max(1, Math.round((targetBytes - head.length - tail.length) / 900));
  const violationAt = int(rng, 0, Math.min(estimate, 8) - 1);
  const sections = grow(byteLength(head) + byteLength(tail), targetBytes, (index) => {
    const out: string[] = ['    <mj-section background-color="#ffffff">', "      <mj-column>"];
    if (rng() < 0.4) out.push(`        <mj-text font-size="20px" font-weight="600"><h2>${esc(pick(rng, bank.headings[topic]))}</h2></mj-text>`);
    const texts = int(rng, 1, 3);
    for (let i = 0; i < texts; i++) {
      let text = `<p>${esc(paragraph(rng, bank, topic, "mjml", int(rng, 2, 4)))}</p>`;
      if (rng() < 0.3) text += `<p>${esc(pick(rng, bank.general))}<br/>${esc(pick(rng, bank.products))}</p>`;
      if (index === violationAt && i === 0 && bodyViolation) text += `<p>${esc(bodyViolation)}</p>`;
      out.push(`        <mj-text>${text}</mj-text>`);
    }
    const extra = rng();
    if (extra < 0.3) {
      const rows = int(rng, 2, 5);
      out.push('        <mj-table font-size="14px" padding="0 25px">');
      out.push(`          <tr style="text-align:left;border-bottom:1px solid #d9dee3;"><th>${bank.table.header[0]}</th><th>${bank.table.header[1]}</th><th style="text-align:right;">${bank.table.header[2]}</th></tr>`);
      for (const [r, product] of sample(rng, bank.table.rows, rows).entries()) {
        out.push(`          <tr><td>${product}</td><td>{{ lines.${r}.quantity }}</td><td style="text-align:right;">{{ lines.${r}.amount }}</td></tr>`);
      }
      out.push(`          <tr><td colspan="2"><strong>${bank.table.total}</strong></td><td style="text-align:right;"><strong>{{ invoice.total }}</strong></td></tr>`);
      out.push("        </mj-table>");
    } else if (extra < 0.5) {
      out.push(`        <mj-button href="https://portal.${partner.domain}/{{ link.id }}" background-color="#0b5cab" align="left">${esc(pick(rng, bank.button[topic]))}</mj-button>`);
    } else if (extra < 0.6) {
      out.push(`        <mj-image src="https://assets.${partner.domain}/email/banner-${index}.png" alt="${partner.name}" width="560px" />`);
    } else if (extra < 0.7) {
      out.push("        <mj-divider border-color=\"#d9dee3\" border-width=\"1px\" />");
    }
    out.push("      </mj-column>", "    </mj-section>", "");
    return out.join("\n");
  });
  // The section chosen for the violation may have been cut by the size limit: then the last one gets it.
  if (bodyViolation && !sections.some((section) => section.includes(esc(bodyViolation)))) {
    sections[sections.length - 1] = sections.at(-1)!.replace("</mj-text>", `<p>${esc(bodyViolation)}</p></mj-text>`);
  }
  return head + sections.join("") + tail;
}

function buildMarkdown(rng: Rng, bank: Bank, topic: Topic, partner: Partner, violation: boolean, targetBytes: number): string {
  const head = [
    "---",
    `from: "${partner.name} <billing@${partner.domain}>"`,
    `reply-to: "billing@${partner.domain}"`,
    `subject: "${pick(rng, bank.subject[topic])}"`,
    `preheader: "${pick(rng, bank.topic[topic]).replaceAll('"', "'")}"`,
    `category: ${CATEGORY[topic]}`,
    `locale: ${bank.locale}`,
    "audience: csp",
    "---",
    "",
    `![${partner.name}](https://assets.${partner.domain}/brand/wordmark.png)`,
    "",
    pick(rng, bank.greeting),
    "",
    "",
  ].join("\n");
  const signoff = violation && rng() < 0.5 ? bank.violation[0]! : pick(rng, bank.signoff);
  const tail = ["", mdLine(signoff), "", "---", "", `<small>${bank.footer.join(" · ")}</small>`, ""].join("\n");
  const bodyViolation = violation && !signoff.includes(bank.violation[0]!) ? pick(rng, bank.violation.slice(1)) : undefined;
  const estimate = Math.max(1, Math.round((targetBytes - head.length - tail.length) / 700));
  const violationAt = int(rng, 0, Math.min(estimate, 8) - 1);
  const sections = grow(byteLength(head) + byteLength(tail), targetBytes, (index) => {
    const out: string[] = [];
    if (rng() < 0.5) out.push(`${rng() < 0.3 ? "##" : "###"} ${pick(rng, bank.headings[topic])}`, "");
    const paragraphs = int(rng, 1, 3);
    for (let i = 0; i < paragraphs; i++) {
      out.push(paragraph(rng, bank, topic, "md", int(rng, 2, 4)), "");
      if (index === violationAt && i === 0 && bodyViolation) out.push(bodyViolation, "");
    }
    const extra = rng();
    if (extra < 0.25) {
      const [a, b, c] = bank.table.header;
      out.push(`| ${a} | ${b} | ${c} |`, "| --- | ---: | ---: |");
      const rows = int(rng, 2, 5);
      for (const [r, product] of sample(rng, bank.table.rows, rows).entries()) out.push(`| ${product} | {{ lines.${r}.quantity }} | {{ lines.${r}.amount }} |`);
      out.push(`| **${bank.table.total}** | | **{{ invoice.total }}** |`, "");
    } else if (extra < 0.5) {
      const ordered = rng() < 0.4;
      for (const [r, item] of sample(rng, bank.list, int(rng, 2, 5)).entries()) {
        out.push(`${ordered ? `${r + 1}.` : "-"} ${item}`);
        if (rng() < 0.2) out.push(`   - ${pick(rng, bank.list)}`);
      }
      out.push("");
    } else if (extra < 0.65) {
      out.push(`[${pick(rng, bank.button[topic])}](https://portal.${partner.domain}/{{ link.id }})`, "");
    } else if (extra < 0.72) {
      out.push(`![${partner.name}](https://assets.${partner.domain}/email/banner-${index}.png "${partner.name}")`, "");
    } else if (extra < 0.8) {
      out.push(`<p align="center"><a href="https://portal.${partner.domain}/account"><b>${pick(rng, bank.button[topic])}</b></a></p>`, "");
    }
    return out.join("\n") + "\n";
  });
  if (bodyViolation && !sections.some((section) => section.includes(bodyViolation))) sections.push(`${bodyViolation}\n\n`);
  return head + sections.join("") + tail;
}

/** `count` templates of one format with sizes spread evenly (log scale) over [minBytes, maxBytes]. */
export function generateSet(format: Format, count: number, minBytes: number, maxBytes: number, seed: number): TemplateInfo[] {
  const out: TemplateInfo[] = [];
  for (let i = 0; i < count; i++) {
    const fraction = count === 1 ? 0 : i / (count - 1);
    const size = Math.round(minBytes * (maxBytes / minBytes) ** fraction);
    out.push(generateTemplateInfo(format, size, (seed + i * 7919) >>> 0));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Adversarial inputs
// ---------------------------------------------------------------------------------------------

export interface AdversarialInput {
  name: string;
  format: Format;
  text: string;
  /** Why @eslint/markdown is not timed on it in the full run (it would take minutes). */
  skipPeer?: string;
}

const MJML_OPEN = '<mjml>\n  <mj-body>\n    <mj-section>\n      <mj-column>\n        <mj-text>';
const MJML_CLOSE = "</mj-text>\n      </mj-column>\n    </mj-section>\n  </mj-body>\n</mjml>\n";
const MD_FRONT = "---\nsubject: Invoice {{ invoice.number }}\ncategory: invoice\n---\n\n";
const wrapMjml = (inner: string) => MJML_OPEN + inner + MJML_CLOSE;

/** Repeats `unit` until the result is `bytes` long (ASCII units only). */
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

/** A run of letters, digits and punctuation with no whitespace, mentioning the brand now and then. */
function noWhitespace(bytes: number, seed: number): string {
  const rng = mulberry32(seed);
  const words = ["invoice", "Microsoft", "pay", "renewal", "{{x}}", "billing", "365", "charge", "support", "team"];
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const word = pick(rng, words);
    const separator = pick(rng, [".", "-", "_", "/", ",", ""]);
    parts.push(word, separator);
    length += word.length + separator.length;
  }
  return parts.join("").slice(0, bytes);
}

/** Nested unordered list `depth` levels deep (each level indented two more spaces). */
export function nestedList(depth: number): string {
  const lines: string[] = [];
  for (let level = 0; level < depth; level++) lines.push(`${"  ".repeat(level)}- item ${level} {{ x }}`);
  return lines.join("\n") + "\n";
}

/**
 * The adversarial inputs: each about `bytes` long (the nested-tag inputs are fixed at `tags`
 * nesting levels, and the nested-list input repeats a `listDepth`-deep list to reach the size).
 */
export function adversarialInputs(bytes: number, options: { tags?: number; listDepth?: number } = {}): AdversarialInput[] {
  const tags = options.tags ?? 20_000;
  const listDepth = options.listDepth ?? 200;
  const micro = fill("micro ", bytes);
  const nested = "<span>".repeat(tags) + "Microsoft billing" + "</span>".repeat(tags);
  const line = noWhitespace(bytes, 42);
  const attr = fill("a", bytes);
  const list = nestedList(listDepth);
  return [
    { name: '"micro " repeated', format: "mjml", text: wrapMjml(micro) },
    { name: '"micro " repeated', format: "md", text: MD_FRONT + micro + "\n" },
    { name: `${tags} nested <span>`, format: "mjml", text: wrapMjml(nested) },
    { name: `${tags} nested <span>`, format: "md", text: MD_FRONT + "Text " + nested + "\n" },
    { name: "one line, no whitespace", format: "mjml", text: wrapMjml(line) },
    { name: "one line, no whitespace", format: "md", text: MD_FRONT + line + "\n" },
    { name: "1 attribute value", format: "mjml", text: `<mjml>\n  <mj-body>\n    <mj-section>\n      <mj-column>\n        <mj-button href="https://x.example/?q=${attr}">Pay</mj-button>\n      </mj-column>\n    </mj-section>\n  </mj-body>\n</mjml>\n` },
    { name: "1 attribute value", format: "md", text: `${MD_FRONT}Please <a href="https://x.example/?q=${attr}">pay</a> now.\n` },
    {
      // micromark's container handling is quadratic in the items of one list: this is one list.
      name: "one list, every item with a sub-item",
      format: "md",
      text: MD_FRONT + fill("- item {{ x }}\n  - detail\n", bytes),
      skipPeer: "micromark parses one list in quadratic time: 4,000 items take ~4 s, this one minutes",
    },
    {
      // micromark pairs emphasis and link delimiters in quadratic time within one paragraph.
      name: "emphasis openers and closers in one paragraph",
      format: "md",
      text: `${MD_FRONT}${"*a ".repeat(Math.floor(bytes / 6))}x${" b*".repeat(Math.floor(bytes / 6))}\n`,
      skipPeer: "micromark pairs them in quadratic time: 36 KB of them take ~18 s, this one hours",
    },
    {
      name: "nested image labels in one paragraph",
      format: "md",
      text: `${MD_FRONT}${"![".repeat(Math.floor(bytes / 6))}x${"](y)".repeat(Math.floor(bytes / 6))}\n`,
      skipPeer: "micromark pairs them in quadratic time: 24 KB of them take ~11 s, this one hours",
    },
    {
      name: `nested list depth ${listDepth} (repeated)`,
      format: "md",
      text: MD_FRONT + Array.from({ length: Math.max(1, Math.round(bytes / byteLength(list))) }, () => list).join("\nParagraph between lists.\n\n"),
    },
  ];
}
