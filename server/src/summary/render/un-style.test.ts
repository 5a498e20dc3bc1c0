import { describe, expect, it } from "vitest";
import { sentenceCase, unDate, unNumber } from "./un-style.js";

describe("dates and numbers in UN document style", () => {
  it("writes the concept note's date as each language service does", () => {
    expect(unDate("en", "2016-11-03")).toBe("3 November 2016");
    expect(unDate("fr", "2016-11-03")).toBe("3 novembre 2016");
    expect(unDate("es", "2016-11-03")).toBe("3 de noviembre de 2016");
    expect(unDate("ru", "2016-11-03")).toBe("3 ноября 2016 года");
    expect(unDate("zh", "2016-11-03")).toBe("2016年11月3日");
    expect(unDate("ar", "2016-11-03")).toBe("3 تشرين الثاني/نوفمبر 2016");
  });

  it("writes the first of the month as French documents do, and June and July as Arabic ones do", () => {
    expect(unDate("fr", "2017-06-01")).toBe("1er juin 2017");
    expect(unDate("fr", "2017-06-11")).toBe("11 juin 2017");
    expect(unDate("ar", "2017-06-01")).toBe("1 حزيران/يونيه 2017");
    expect(unDate("ar", "2017-07-15")).toBe("15 تموز/يوليه 2017");
  });

  it("keeps Western digits in Arabic figures", () => {
    expect(unNumber("ar").format(1234)).toMatch(/^1.?234$/);
    expect(unNumber("en").format(1234)).toBe("1,234");
  });

  it("capitalises a sentence of joined clauses once, at its start", () => {
    expect(sentenceCase("imminent threat, within capabilities and areas of deployment", "en")).toBe(
      "Imminent threat, within capabilities and areas of deployment",
    );
    expect(sentenceCase("угроза, в пределах возможностей", "ru")).toBe("Угроза, в пределах возможностей");
    expect(sentenceCase("تهديد وشيك", "ar")).toBe("تهديد وشيك");
    expect(sentenceCase("", "fr")).toBe("");
  });
});
