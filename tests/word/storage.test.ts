/** Storing the inspection in the document so a reviewer's copy needs no catalog. */
import { XML_NAMESPACE } from "../../src/domain/tags";
import { createOfficeWordPort } from "../../src/word";
import { SETTINGS_KEY } from "../../src/word/storage";
import { failureOf, setupWordHost } from "../support/wordHost";
import { inspectionWith } from "./plans";

const thirteen = inspectionWith(13);
const three = inspectionWith(3);
const BIBLIOGRAPHY =
  '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="/APA.XSL"></b:Sources>';

const ourParts = <P extends { namespaceUri: string }>(parts: P[]) => parts.filter((p) => p.namespaceUri === XML_NAMESPACE);

describe("storing the inspection in the document", () => {
  describe("in a custom XML part (WordApi 1.4)", () => {
    it("is read back by a fresh pane exactly as stored", async () => {
      const { model } = setupWordHost({ wordApi: "1.4" });
      await createOfficeWordPort().storeInspection(thirteen);
      expect(ourParts(model.customXmlParts)).toHaveLength(1);
      expect((await createOfficeWordPort().readStoredInspection()).inspection).toEqual(thirteen);
      expect(model.officeSettings).toEqual({});
    });

    it("replaces the stored inspection when stored again, and leaves parts of others alone", async () => {
      const { model } = setupWordHost({ wordApi: "1.4" }, { customXmlParts: [BIBLIOGRAPHY] });
      const port = createOfficeWordPort();
      await port.storeInspection(thirteen);
      await port.storeInspection(three);
      expect(ourParts(model.customXmlParts)).toHaveLength(1);
      expect(model.customXmlParts.find((p) => p.namespaceUri !== XML_NAMESPACE)?.xml).toBe(BIBLIOGRAPHY);
      expect((await port.readStoredInspection()).inspection).toEqual(three);
    });

    it("gives no inspection and says why when the stored part was tampered with", async () => {
      const { model } = setupWordHost({ wordApi: "1.4" });
      const port = createOfficeWordPort();
      await port.storeInspection(three);
      const part = ourParts(model.customXmlParts)[0];
      part.xml = part.xml.replace(/number="2"/, 'number="two"');
      const read = await port.readStoredInspection();
      expect(read).toMatchObject({ inspection: null, source: "customXml", problem: expect.stringMatching(/damaged: recommendation 2's number must be a number/) });
    });

    it("reports nothing stored in a document without our part", async () => {
      setupWordHost({}, { customXmlParts: [BIBLIOGRAPHY] });
      expect(await createOfficeWordPort().readStoredInspection()).toEqual({ inspection: null, source: "none" });
    });
  });

  describe("in the add-in's settings (Word 2019 and older, no WordApi 1.4)", () => {
    it("is read back after the document is reopened", async () => {
      const { host, model } = setupWordHost({ wordApi: "1.3" });
      await createOfficeWordPort().storeInspection(thirteen);
      expect(model.customXmlParts).toHaveLength(0);
      expect(typeof model.officeSettings[SETTINGS_KEY]).toBe("string");
      // Reopening: the settings bag comes back from what was saved.
      host.office.reloadSettings();
      expect((await createOfficeWordPort().readStoredInspection()).inspection).toEqual(thirteen);
    });

    it("is still found when the document is later opened in a newer Word", async () => {
      const { host } = setupWordHost({ wordApi: "1.3" });
      await createOfficeWordPort().storeInspection(three);
      host.configure({ wordApi: "1.9" });
      expect(await createOfficeWordPort().readStoredInspection()).toEqual({ inspection: three, source: "settings" });
    });

    it("reports a failed save with what to do", async () => {
      const { model } = setupWordHost({ wordApi: "1.1", failSettingsSave: true });
      const stored = createOfficeWordPort().storeInspection(three);
      const { error, text } = await failureOf(stored);
      expect(error.code).toBe("SettingsSaveFailed");
      expect(text).toMatch(/saving the add-in's settings failed/);
      expect(model.officeSettings).toEqual({});
    });
  });
});
