/**
 * A stand-in for the Teams web client in the browser tests: a page that frames the tab and answers
 * TeamsJS's postMessage calls (initialize, getContext with a theme) and can send a themeChange.
 * Served by Playwright routing at https://teams.microsoft.com, a host TeamsJS trusts.
 */

/** The host page HTML: `teamsHostPage(tabUrl, 'dark')`; call `window.sendTheme('contrast')` to change theme. */
export function teamsHostPage(tabUrl: string, theme: string | null): string {
  const script = theme === null ? '' : `<script>
window.received = [];
window.addEventListener('message', function (e) {
  var m = e.data;
  if (!m || typeof m !== 'object' || typeof m.func !== 'string') return;
  window.received.push(m.func);
  function reply(args) { e.source.postMessage({ id: m.id, uuid: m.uuid, args: args }, '*'); }
  if (m.func === 'initialize') reply(['content', 'web', '', '2.0.0']);
  else if (m.func === 'getContext') reply([{ theme: ${JSON.stringify(theme)}, frameContext: 'content', hostClientType: 'web', locale: 'en-gb', entityId: 'practice-guide' }]);
  else reply([]);
});
window.sendTheme = function (t) { document.getElementById('app').contentWindow.postMessage({ func: 'themeChange', args: [t] }, '*'); };
</script>`;
  return `<!doctype html><html lang="en"><head><title>Microsoft Teams</title>${script}</head><body><iframe id="app" title="Practice guide" src="${tabUrl}" width="900" height="700"></iframe></body></html>`;
}
