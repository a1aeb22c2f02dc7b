import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, classifyDomain, parseAddress } from "../src/detect/index.js";
import { matchSourceRange, normalizedWithMap, normalizeForMatching, prepareText } from "../src/detect/normalize.js";
import { isMicrosoftBillingUrl } from "../src/detect/routing.js";
import { compilePattern, LEXICON_LISTS, lexiconPhrases, PhraseSet, wordsOf } from "../src/detect/patterns.js";
import { sentencesOf } from "../src/detect/text-units.js";
import { localeLexicons } from "../src/lexicons/index.js";
import { senderPresentsMicrosoft } from "../src/detect/words.js";
import { readSettings } from "../src/settings.js";
import { MappedText } from "../src/text/mapped-text.js";

const settings = readSettings({ "csp-comms": { partner: { domains: ["contoso.com"] } } });

/** Brand mentions in `text`, as the source text each one covers. */
function mentions(text: string) {
  const prepared = prepareText(MappedText.fromSource(text, 0));
  return prepared.mentions.map((mention) => ({ kind: mention.kind, source: text.slice(...matchSourceRange(prepared, mention.start, mention.end)) }));
}

describe("brand mentions", () => {
  it.each([
    ["Microsoft", "Microsoft"],
    ["spaced", "micro soft"],
    ["hyphenated", "Micro-Soft"],
    ["letter-spaced", "M i c r o s o f t"],
    ["ticker", "MSFT"],
    ["katakana", "マイクロソフト"],
    ["half-width katakana", "ﾏｲｸﾛｿﾌﾄ"],
    ["full-width", "Ｍｉｃｒｏｓｏｆｔ"],
    ["Cyrillic М", "\u041Cicrosoft"],
    ["Cyrillic о", "Micr\u043Esoft"],
    ["Greek Μ", "\u039Cicrosoft"],
    ["zero-width space", "Micro\u200Bsoft"],
    ["word joiner", "Micro\u2060soft"],
    ["soft hyphen", "Micro\u00ADsoft"],
    ["diacritics", "Mîcrosöft"],
  ])("finds the brand written %s and maps it to exactly what was written", (_name, written) => {
    expect(mentions(`Signed, ${written} team`)).toEqual([{ kind: "organization", source: written }]);
  });

  it.each(["Microscope", "microsoftware", "contoso.onmicrosoft.com", "micro software", "Msfts"])("does not read %s as the brand", (text) => {
    expect(mentions(text)).toEqual([]);
  });

  it("splits words exactly where /[\\p{L}\\p{N}]+/gu does, surrogate pairs and lone halves included", () => {
    const pieces = ["Micro", "soft", " ", "-", "'", "é", "ß", "Ⅻ", "٣", "マイクロ", "😀", "𝐀", "\uD835", "\uDC00", "\u200B", "_", "9", "Ω"];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
        const { words, starts } = wordsOf(text);
        expect(words).toEqual(expected.map((match) => match[0]));
        expect(starts).toEqual(expected.map((match) => match.index));
      }),
      { numRuns: 500 },
    );
  });

  it("reads the same text and source ranges through the shortcuts as through the general path", () => {
    // ASCII-only, one-for-one (accents, kana) and length-changing (ß, ligatures, invisible) text.
    const pieces = ["Micro", "soft", " ", "\t", "\r", "\n", "é", "Ö", "ß", "ﬁ", "\u200B", "\u00AD", "М", "ｓ", "マイクロ", "😀", "Team", ".", "㈱"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const origin = MappedText.fromSource(parts.join(""), 0);
        const general = normalizedWithMap(origin);
        const chosen = normalizeForMatching(origin);
        expect(chosen.text).toBe(general.text);
        // Per output code point: half an emoji has no source range of its own.
        for (let index = 0, width = 1; index < general.text.length; index += width) {
          width = general.text.codePointAt(index)! > 0xffff ? 2 : 1;
          expect(matchSourceRange(chosen, index, index + width)).toEqual(matchSourceRange(general, index, index + width));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("tells products from the organization", () => {
    expect(mentions("Microsoft 365 Business Premium").map((mention) => mention.kind)).toEqual(["product"]);
    expect(mentions("Microsoft Teams Phone").map((mention) => mention.kind)).toEqual(["product"]);
    expect(mentions("Ihr Microsoft-Team").map((mention) => mention.kind)).toEqual(["organization"]);
  });
});

describe("senders", () => {
  it("splits display name and address with their source ranges", () => {
    const value = MappedText.fromSource('"Microsoft Billing" <billing@contoso.com>', 10);
    const parsed = parseAddress(value);
    expect(parsed.displayName?.text).toBe("Microsoft Billing");
    expect(parsed.displayName?.range).toEqual([11, 28]);
    expect(parsed.address?.text).toBe("billing@contoso.com");
    expect(parsed.address?.range).toEqual([31, 50]);
    expect(parsed.domain).toBe("contoso.com");
  });

  it.each([
    ["microsoft.com", "microsoft"],
    ["email.microsoft.com", "microsoft"],
    ["\uFFFC.microsoft.com", "microsoft"],
    ["microsoftonline.com", "microsoft"],
    ["microsoft-billing.net", "microsoft"],
    ["contoso.onmicrosoft.com", "other"],
    // A look-alike that puts the brand in front of the customer counts as Microsoft-branded.
    ["microsoft.com.contoso.net", "microsoft"],
    ["billing.contoso.com", "partner"],
    ["fabrikam.com", "other"],
  ])("classifies %s as %s", (domain, owner) => {
    expect(classifyDomain(domain, settings)).toBe(owner);
  });
});

describe("billing links", () => {
  it.each([
    ["https://billing.microsoft.com/invoices/123/pay", true],
    ["https://commerce.microsoft.com/checkout", true],
    ["https://account.microsoft.com/billing/payments", true],
    ["https://admin.microsoft.com/Adminportal/Home#/billoverview", false],
    ["https://portal.azure.com/#blade/Microsoft_Azure_Billing", false],
    ["https://www.microsoft.com/microsoft-365/business", false],
    ["https://billing.contoso.com/pay", false],
    // A click-tracking redirect is followed through its URL parameter, never fetched.
    ["https://trk.contoso-mail.com/c/42?u=https%3A%2F%2Fcommerce.microsoft.com%2Fbilling%2Fpay", true],
    ["https://trk.contoso-mail.com/c/42?u=https%3A%2F%2Fwww.contoso.com%2Fbilling", false],
    ["not a url", false],
  ])("%s is a Microsoft billing page: %s", (url, expected) => {
    expect(isMicrosoftBillingUrl(url, settings)).toBe(expected);
  });
});

describe("locale", () => {
  const analysisOf = (text: string, headers: [string, string][] = []) =>
    analyze(
      {
        headers: new Map(headers.map(([name, value]) => [name as "locale", { name: name as "locale", value: MappedText.fromSource(value, 0) }])),
        body: [{ kind: "text", role: "paragraph", text: MappedText.fromSource(text, 0), links: [] }],
      },
      settings,
    );

  it("comes from metadata when the template declares it", () => {
    expect(analysisOf("Your invoice is attached.", [["locale", "nl-BE"]]).locale).toBe("nl");
  });

  it("is detected from the words otherwise", () => {
    expect(analysisOf("Uw factuur voor deze maand staat klaar en u kunt deze downloaden in het portaal.").locale).toBe("nl");
    expect(analysisOf("Ihre Rechnung für diesen Monat ist fertig und Sie können sie im Portal herunterladen.").locale).toBe("de");
    expect(analysisOf("今月の請求書を発行しました。ポータルからダウンロードしてください。").locale).toBe("ja");
  });
});

describe("sentences", () => {
  it("do not end at an initial or a common abbreviation, and do end at a full stop before a space", () => {
    const text = "Den Betrag zieht die Microsoft Ireland Operations Ltd. als Zahlungsempfängerin ein. Rufen Sie uns an, Tel. 0800 555 0100. Contoso B.V. dankt Ihnen. Is it Microsoft? No. It is Contoso.";
    const sentences = sentencesOf(prepareText(MappedText.fromSource(text, 0))).map((sentence) => text.slice(...matchSourceRange(prepareText(MappedText.fromSource(text, 0)), sentence.start, sentence.end)));
    expect(sentences).toEqual([
      "Den Betrag zieht die Microsoft Ireland Operations Ltd. als Zahlungsempfängerin ein.",
      "Rufen Sie uns an, Tel. 0800 555 0100.",
      "Contoso B.V. dankt Ihnen.",
      "Is it Microsoft?",
      "No.",
      "It is Contoso.",
    ]);
  });
});

describe("lexicon phrases", () => {
  it.each(LEXICON_LISTS)("of %s all compile to regular expressions (they are built on first use)", (list) => {
    const locales = localeLexicons.map((lexicon) => lexicon.locale);
    expect(lexiconPhrases(list, locales).compileAll()).toBeGreaterThan(list === "detect" ? 20 : 2);
  });

  it("match a brand glued to other characters, as Japanese and possessives write it", () => {
    const set = new PhraseSet([
      { pattern: "日本{brand}株式会社", spaced: false },
      { pattern: "{brand}'s billing team", spaced: true },
    ]);
    const prepare = (text: string) => prepareText(MappedText.fromSource(text, 0)).text;
    expect(set.findAll(prepare("日本マイクロソフト株式会社")).map((match) => match.text)).toEqual(["日本microsoft株式会社"]);
    expect(set.findAll(prepare("Ask Microsoft's billing team")).map((match) => match.text)).toEqual(["microsoft's billing team"]);
  });
});

describe("phrase index", () => {
  /** Leftmost-longest, non-overlapping matches found by trying every phrase at every position: what the index must equal. */
  function matchEverywhere(sources: readonly string[], text: string, atWordStarts = false): string[] {
    const expressions = sources.map((source) => new RegExp(source, "uy"));
    const found: string[] = [];
    for (let index = 0; index < text.length; ) {
      // Spaced phrases start where a word starts.
      if (atWordStarts && (!/[\p{L}\p{N}]/u.test(text[index]!) || /[\p{L}\p{N}]/u.test(text[index - 1] ?? " "))) {
        index++;
        continue;
      }
      let best = 0;
      for (const expression of expressions) {
        expression.lastIndex = index;
        if (expression.test(text)) best = Math.max(best, expression.lastIndex - index);
      }
      if (best > 0) found.push(text.slice(index, index + best));
      index += Math.max(best, 1);
    }
    return found;
  }

  /** Random texts built from `pieces`: the indexed set must find what trying every phrase everywhere finds. */
  function expectIndexAgrees(patterns: readonly string[], spaced: boolean, pieces: readonly string[]): PhraseSet {
    const set = new PhraseSet(patterns.map((pattern) => ({ pattern, spaced })));
    const sources = patterns.map((pattern) => compilePattern(pattern, spaced));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join("");
        const found = set.findAll(text).map((match) => match.text);
        expect(found).toEqual(matchEverywhere(sources, text, spaced));
        // Again from the start, and on a text that ends where this one does: what the first scan
        // remembered about the text must not leak into these.
        expect(set.findAll(text).map((match) => match.text)).toEqual(found);
        expect(set.findAll(`x ${text.slice(text.length >> 1)}`).map((match) => match.text)).toEqual(matchEverywhere(sources, `x ${text.slice(text.length >> 1)}`, spaced));
      }),
      { numRuns: 2000 },
    );
    return set;
  }

  it("finds the brand-first Japanese phrases that trying every phrase everywhere finds, region words and separators included", () => {
    const set = expectIndexAgrees(
      ["{brand}株式会社", "{brand} 一同", "{brand}からのお知らせ", "{brand} サポート チーム", "{brand}…請求", "日本{brand}株式会社"],
      false,
      ["microsoft", "株式会社", "一同", "からのお知らせ", "サポート", "チーム", " ", "\u3000", "・", "日本", " japan", "-", "請求", "x", "。"],
    );
    // A region word between brand and phrase: the character after the brand is not the phrase's.
    expect(set.findAll("microsoft 日本 一同").map((match) => match.text)).toEqual(["microsoft 日本 一同"]);
  });

  it("finds the phrases with gaps, wildcards and possessives that trying every phrase everywhere finds", () => {
    const set = expectIndexAgrees(
      ["{brand} … team informs you", "factu* … {brand}", "{brand} *hotline", "pay … {brand} ireland", "the {brand}-team"],
      true,
      ["microsoft", " ", "'s", "team", "informs", "you", "factuur", "factu", "hotline", "supporthotline", "pay", "ireland", "the", "-", "x", ", "],
    );
    expect(set.findAll("microsoft's billing team informs you").map((match) => match.text)).toEqual(["microsoft's billing team informs you"]);
    // The longest gap: eight words of forty letters, inside a long text. The words after a gap are
    // looked for only as far as a match can reach, and that must be far enough.
    // Two phrase sets looking for the same words in one text: the later, earlier-starting scan must
    // not take the first one's occurrence (far beyond its reach) for its own.
    const late = new PhraseSet([{ pattern: "zzz … informs you", spaced: true }]);
    const early = new PhraseSet([{ pattern: "{brand} … informs you", spaced: true }]);
    const twice = `microsoft a informs you ${"b ".repeat(1000)}zzz c informs you`;
    expect(late.findAll(twice).map((match) => match.text)).toEqual(["zzz c informs you"]);
    expect(early.findAll(twice).map((match) => match.text)).toEqual(["microsoft a informs you"]);
    const longGap = `microsoft ${`${"a".repeat(40)} `.repeat(8)}team informs you`;
    expect(set.findAll(`${"x ".repeat(2000)}${longGap}${" x".repeat(2000)}`).map((match) => match.text)).toEqual([longGap]);
  });
});

describe("sender names", () => {
  const context = { locales: settings.locales, partnerName: undefined };
  const presents = (name: string) => senderPresentsMicrosoft(prepareText(MappedText.fromSource(name, 0)), context);

  it("read a Microsoft product with role words only as Microsoft", () => {
    expect(presents("Azure Billing")).toBe(true);
    expect(presents("Microsoft 365 Commerce")).toBe(true);
    expect(presents("Contoso Azure Desk")).toBe(false);
    expect(presents("Contoso (Azure partner)")).toBe(false);
  });
});
