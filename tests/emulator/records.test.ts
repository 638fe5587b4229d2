/** What the host records for tests: selection changes (69), round trips (72), injected failures (16). */
import { setupWordHost } from "../support/wordHost";
import { codeOf, outline } from "../support/wordModelView";

describe("selection log (69)", () => {
  // Source: word.d.ts ContentControl.select, Range.select (select moves the user's selection and
  // scrolls the document; line 39). DOC.
  it("69: select() appends an entry; inserting paragraphs and controls does not", async () => {
    const { host, model } = setupWordHost({}, { body: ["Intro", { cc: { tag: "sec" }, children: ["Text"] }] });
    expect(host.selectionLog).toEqual([{ source: "test", kind: "load", at: `${model.paragraphs()[0].id}:0-0` }]);
    await Word.run(async (context) => {
      context.document.body.insertParagraph("Appended", "End");
      context.document.body.paragraphs.getFirst().insertParagraph("Before", "Before").insertContentControl().tag = "new";
      context.document.contentControls.getByTag("sec").getFirst().insertText(" more", "End");
      await context.sync();
    });
    expect(host.selectionLog).toHaveLength(1);
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("sec").getFirst().select();
      context.document.body.paragraphs.getLast().select("End");
      await context.sync();
    });
    const sec = model.allControls().find((c) => c.tag === "sec")!;
    expect(host.selectionLog.slice(1)).toEqual([
      { source: "api", kind: "ContentControl.select", at: `control ${sec.id}:Whole` },
      { source: "api", kind: "Paragraph.select", at: `paragraph ${model.paragraphs().slice(-1)[0].id}:After` },
    ]);
  });

  it("69: a person's cursor moves in the preview are logged as user changes; resetSelectionLog empties the log", () => {
    const { host, model } = setupWordHost({}, { body: ["One", "Two"] });
    const two = model.paragraphs()[1];
    model.setCursor(two.id, 2);
    // The preview page's editor sets a range selection itself and reports it.
    model.selection = { kind: "text", para: two, start: 0, end: 3 };
    model.emit("selection", "user");
    expect(host.selectionLog.slice(1)).toEqual([
      { source: "user", kind: "setCursor", at: `${two.id}:2-2` },
      { source: "user", kind: "selection", at: `${two.id}:0-3` },
    ]);
    host.resetSelectionLog();
    expect(host.selectionLog).toEqual([]);
  });
});

describe("request log (72)", () => {
  // Source: runtime TrackedObjects._autoTrackIfNecessaryWhenHandleObjectResultValue and
  // ClientRequestContext._runCommon (office-js dist/word-win32-16.01.debug.js). RUNTIME.
  const many = { body: Array.from({ length: 500 }, (_, i) => `Paragraph ${i + 1}`) };

  it("72: loading 500 paragraphs in Word.run costs a clean-up request releasing each of them", async () => {
    const { host } = setupWordHost({}, many);
    await Word.run(async (context) => {
      const paras = context.document.body.paragraphs.load("text");
      await context.sync();
      expect(paras.items).toHaveLength(500);
    });
    expect(host.requestLog.map((r) => r.cleanup)).toEqual([false, true]);
    const [load, cleanup] = host.requestLog;
    expect(cleanup.actions).toBeGreaterThanOrEqual(500);
    expect(host.lastRequest!.Actions.filter((a) => a.Name === "_RemoveReference").length).toBeGreaterThanOrEqual(500);
    expect(load.responseBytes).toBeGreaterThan(500 * "Paragraph 1".length);
    expect(cleanup.requestBytes).toBeGreaterThan(500 * "_RemoveReference".length);
    host.resetCounters();
    expect(host.requestLog).toEqual([]);
  });

  it("72: a manual Word.RequestContext, whose proxies are not tracked, sends no clean-up request", async () => {
    const { host } = setupWordHost({}, many);
    const context = new Word.RequestContext();
    const paras = context.document.body.paragraphs.load("text");
    await context.sync();
    expect(paras.items).toHaveLength(500);
    expect(host.requestLog.map((r) => r.cleanup)).toEqual([false]);
    expect(host.lastRequest!.Actions.some((a) => a.Name === "_RemoveReference" || a.Name === "_KeepReference")).toBe(false);
  });
});

describe("injected failures (16)", () => {
  // WORD-SEMANTICS 16 (INFERRED from office.d.ts OfficeExtension.Error.traceMessages): a failing
  // action stops its batch; what ran before it stays. host.injectFailure makes any action fail so.
  const doc = { body: [{ cc: { tag: "start" }, children: ["x"] }] };
  /** One batch on a manual context (no clean-up batch after it), so lastRequest is the batch itself. */
  const setThree = async () => {
    const context = new Word.RequestContext();
    const cc = context.document.contentControls.getFirst();
    cc.tag = "one";
    cc.title = "two";
    cc.color = "#FF0000";
    await context.sync();
  };
  const props = (model: ReturnType<typeof setupWordHost>["model"]) => model.allControls().map((c) => [c.tag, c.title, c.color]);

  it("16: an injected failure fails that action with its code; the actions before it stay done, none after it runs", async () => {
    const { host, model } = setupWordHost({}, doc);
    await setThree();
    const titleAt = host.lastRequest!.Actions.findIndex((a) => a.ActionType === 4 && a.Name === "Title");
    expect(titleAt).toBeGreaterThan(0);
    setupWordHost({}, doc);
    const untouched = props(model)[0];
    host.injectFailure({ batch: 0, action: titleAt, code: "AccessDenied" });
    const error = await setThree().then(
      () => undefined,
      (e: OfficeExtension.Error) => e,
    );
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect(error!.code).toBe("AccessDenied");
    expect(props(model)).toEqual([["one", untouched[1], untouched[2]]]);
    expect(host.counters.failedBatches).toBe(1);
    // Used once: the same batch now goes through.
    await setThree();
    expect(props(model)).toEqual([["one", "two", "#FF0000"]]);
  });

  it("16: batch counts only round trips that are not Word.run's clean-up batches, from the call on", async () => {
    const { host, model } = setupWordHost({}, { body: ["x"] });
    const run = (text: string) =>
      Word.run(async (context) => {
        context.document.body.insertParagraph(text, "End");
        await context.sync();
      });
    host.injectFailure({ batch: 1, action: 0, code: "GeneralException" });
    expect(await codeOf(run("first"))).toBe("resolved");
    expect(await codeOf(run("second"))).toBe("GeneralException");
    expect(await codeOf(run("third"))).toBe("resolved");
    expect(outline(model).slice(-2)).toEqual(["first", "third"]);
    expect(host.requestLog.filter((r) => r.cleanup).length).toBeGreaterThanOrEqual(2);
  });

  it("16: clearInjectedFailures and reset() drop injections not yet reached", async () => {
    const { host } = setupWordHost({}, doc);
    host.injectFailure({ batch: 0, action: 0, code: "GeneralException" });
    host.clearInjectedFailures();
    await setThree();
    host.injectFailure({ batch: 0, action: 0, code: "GeneralException" });
    setupWordHost({}, doc);
    await setThree();
    expect(host.counters.failedBatches).toBe(0);
  });
});
