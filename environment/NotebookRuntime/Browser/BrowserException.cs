namespace DlRadiomics.Notebooks.Browser;

/// <summary>Headless Chromium did not start, or a DevTools command or page script failed; the message says which.</summary>
public sealed class BrowserException(string message) : Exception(message);
