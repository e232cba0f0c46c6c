using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace DlRadiomics.Notebooks.Browser;

/// <summary>
/// A minimal Chrome DevTools Protocol client over one page target's WebSocket: commands are JSON messages
/// <c>{id, method, params}</c> answered by <c>{id, result}</c> or <c>{id, error}</c>; events (<c>{method, params}</c>)
/// are dropped except script exceptions and console errors, kept for failure messages, and the URLs of requests the
/// page sends (with the Network domain enabled).
/// </summary>
public sealed class DevToolsSession : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> pending = new();
    private readonly ConcurrentQueue<string> pageErrors = new();
    private readonly ConcurrentQueue<string> requests = new();
    private readonly CancellationTokenSource closing = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private Task? receiving;
    private int nextId;

    private DevToolsSession() { }

    /// <summary>Uncaught script exceptions and console errors the page reported so far.</summary>
    public IReadOnlyCollection<string> PageErrors => pageErrors;

    /// <summary>Every URL the page requested since <c>Network.enable</c>.</summary>
    public IReadOnlyCollection<string> RequestedUrls => requests;

    public static async Task<DevToolsSession> ConnectAsync(Uri webSocketUrl, CancellationToken cancellation)
    {
        var session = new DevToolsSession();
        await session.socket.ConnectAsync(webSocketUrl, cancellation);
        session.receiving = Task.Run(session.ReceiveLoopAsync);
        return session;
    }

    /// <summary>Sends a command and returns its <c>result</c>; a protocol error becomes an exception naming the method.</summary>
    public async Task<JsonObject> SendAsync(string method, JsonObject? parameters, CancellationToken cancellation)
    {
        var id = Interlocked.Increment(ref nextId);
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await sending.WaitAsync(cancellation);
        try { await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellation); }
        finally { sending.Release(); }
        using var registration = cancellation.Register(() => answer.TrySetCanceled(cancellation));
        var reply = await answer.Task;
        if (reply["error"] is JsonObject error) throw new BrowserException($"DevTools {method} failed: {error.ToJsonString()}");
        return reply["result"] as JsonObject ?? new JsonObject();
    }

    /// <summary>Evaluates a JavaScript expression in the page (promises awaited) and returns its value as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression, CancellationToken cancellation)
    {
        var result = await SendAsync("Runtime.evaluate",
            new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true }, cancellation);
        if (result["exceptionDetails"] is JsonObject exception)
            throw new BrowserException($"script failed: {exception["exception"]?["description"] ?? exception["text"]}\n{expression}");
        return result["result"]?["value"]?.DeepClone();
    }

    /// <summary>Evaluates <paramref name="condition"/> every 250 ms until it is true; on timeout throws with <paramref name="describe"/>'s value.</summary>
    public async Task WaitForAsync(string condition, TimeSpan timeout, string describe, CancellationToken cancellation)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(timeout);
        try
        {
            while (true)
            {
                if (await EvaluateAsync($"!!({condition})", limit.Token) is JsonValue value && value.GetValue<bool>()) return;
                await Task.Delay(250, limit.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            var state = await EvaluateAsync(describe, cancellation);
            throw new TimeoutException($"after {timeout.TotalSeconds:0} s still not true: {condition}\npage state: {state?.ToJsonString()}\npage errors: {string.Join("\n", pageErrors)}");
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var part = await socket.ReceiveAsync(buffer, closing.Token);
                if (part.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage) continue;
                var json = (JsonObject)JsonNode.Parse(message.GetBuffer().AsSpan(0, (int)message.Length))!;
                message.SetLength(0);
                if (json["id"] is JsonValue id && pending.TryRemove(id.GetValue<int>(), out var answer)) answer.TrySetResult(json);
                else Observe(json);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException) { }
        foreach (var answer in pending.Values) answer.TrySetException(new BrowserException("the DevTools connection closed"));
    }

    private void Observe(JsonObject json)
    {
        var method = (string?)json["method"];
        var parameters = json["params"];
        if (method == "Runtime.exceptionThrown")
        {
            var details = parameters?["exceptionDetails"];
            pageErrors.Enqueue("exception: " + (details?["exception"]?["description"] ?? details?["text"]));
        }
        else if (method == "Network.requestWillBeSent" && (string?)parameters?["request"]?["url"] is { } url)
        {
            requests.Enqueue(url);
        }
        else if (method == "Runtime.consoleAPICalled" && (string?)parameters?["type"] == "error")
        {
            var values = (parameters?["args"] as JsonArray ?? []).Select(a => (a?["value"] ?? a?["description"])?.ToString());
            pageErrors.Enqueue("console.error: " + string.Join(" ", values));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try { await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token); }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException) { }
        }
        await closing.CancelAsync();
        if (receiving is not null) await receiving;
        socket.Dispose();
        closing.Dispose();
        sending.Dispose();
    }
}
