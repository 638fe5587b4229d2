// The manifest's FunctionFile. Our only ribbon button opens the task pane (ShowTaskpane), which
// Word handles itself; this page just has to initialise Office so Word considers it loaded.
// Add ExecuteFunction commands here with Office.actions.associate("<FunctionName>", handler).
Office.onReady(() => {
  // Nothing to register yet.
});
