import i18next from "i18next";
import { afterEach, describe, expect, it } from "vitest";
import { formatValue } from "./formatter";
import { pickLanguage, setLanguage } from "./i18n";

describe("choosing the language", () => {
  afterEach(async () => {
    localStorage.clear();
    await i18next.changeLanguage("en");
  });

  it("follows an earlier choice, else the browser's first language among the six, else English", () => {
    expect(pickLanguage("ru", ["fr-FR"])).toBe("ru");
    expect(pickLanguage(null, ["de-CH", "zh-Hans-CN", "fr"])).toBe("zh");
    expect(pickLanguage(null, ["ar-EG"])).toBe("ar");
    expect(pickLanguage("xx", ["de", "pt-BR"])).toBe("en");
  });

  it("keeps a choice across visits and turns the whole page right to left for Arabic", async () => {
    await setLanguage("ar");
    expect(localStorage.getItem("trilogue.language")).toBe("ar");
    expect(document.documentElement.lang).toBe("ar");
    expect(document.documentElement.dir).toBe("rtl");
    await setLanguage("es");
    expect(document.documentElement.dir).toBe("ltr");
    expect(pickLanguage()).toBe("es");
  });
});

describe("interpolated values", () => {
  it("formats numbers through Intl in the reader's language", () => {
    expect(formatValue(1234567, "fr")).toBe("1\u202f234\u202f567");
    expect(formatValue(1234567, "es")).toBe("1.234.567");
    expect(formatValue(3, "en")).toBe("3");
  });

  it("isolates every value inside Arabic text, with Western digits as at the UN", () => {
    expect(formatValue("Senegal", "ar")).toBe("\u2068Senegal\u2069");
    expect(formatValue(12, "ar")).toBe("\u206812\u2069");
  });

  it("isolates an Arabic name inside a left-to-right sentence, and leaves Latin text alone", () => {
    expect(formatValue("مصر", "en")).toBe("\u2068مصر\u2069");
    expect(formatValue("South Sudan", "fr")).toBe("South Sudan");
  });

  it("renders the placeholders of every language with the person's words", async () => {
    await i18next.changeLanguage("zh");
    expect(i18next.t("floor.announce", { delegation: "Senegal" })).toBe("现在请Senegal发言。");
    await i18next.changeLanguage("ru");
    expect(i18next.t("consensus.minutes", { count: 5 })).toBe("5 минут");
    expect(i18next.t("consensus.minutes", { count: 2 })).toBe("2 минуты");
    await i18next.changeLanguage("ar");
    expect(i18next.t("consensus.minutes", { count: 2 })).toBe("دقيقتان");
    expect(i18next.t("consensus.minutes", { count: 10 })).toBe("\u206810\u2069 دقائق");
    await i18next.changeLanguage("en");
  });
});
