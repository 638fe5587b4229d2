import { setupWordHost } from "../support/wordHost";
it("dbg", async () => {
  const { host } = setupWordHost({ wordApi: "1.2" });
  console.log(host.options.wordApi, Office.context.requirements.isSetSupported("WordApi", "1.3"));
  await Word.run(async (context) => {
    try { context.document.contentControls.getFirst(); console.log("no throw"); } catch (e) { console.log("threw", (e as {code:string}).code); }
  });
});
