// Kept as a file, not inline, so a strict Content-Security-Policy (script-src 'self') still allows it.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
