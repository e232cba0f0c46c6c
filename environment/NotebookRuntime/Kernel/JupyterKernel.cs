using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DlRadiomics.Notebooks.Execution;
using DlRadiomics.Notebooks.Notebook;
using NetMQ;
using NetMQ.Sockets;

namespace DlRadiomics.Notebooks.Kernel;

/// <summary>
/// A Jupyter kernel (messaging protocol 5.3) over ZeroMQ: shell, iopub, stdin, control and heartbeat sockets bound to
/// the connection file's address. Every incoming message's HMAC-SHA256 signature is checked; badly signed messages
/// are dropped and logged, never executed. One thread owns the sockets; shell requests run one at a time on a
/// worker thread, so control requests (interrupt, shutdown) are answered while a cell runs.
/// </summary>
public sealed class JupyterKernel : IDisposable
{
    private readonly ConnectionInfo connection;
    private readonly MessageSigner signer;
    private readonly TextWriter log;
    private readonly string sessionId = Guid.NewGuid().ToString();
    private readonly RouterSocket shell = new();
    private readonly RouterSocket control = new();
    private readonly RouterSocket stdin = new();
    private readonly PublisherSocket iopub = new();
    private readonly ResponseSocket heartbeat = new();
    private readonly NetMQQueue<(NetMQSocket Socket, JupyterMessage Message)> outgoing = new();
    private readonly BlockingCollection<(long Sequence, JupyterMessage Message)> shellRequests = new();
    private readonly NetMQPoller poller;
    private readonly object cellGate = new();
    private readonly NotebookSession session;
    private CancellationTokenSource? runningCell;
    private long received;
    private long abortThrough = -1;

    public JupyterKernel(ConnectionInfo connection, NotebookSession session, TextWriter log)
    {
        this.connection = connection;
        this.log = log;
        signer = new MessageSigner(connection.Key);
        this.session = session;
        shell.Bind(connection.Endpoint(connection.ShellPort));
        control.Bind(connection.Endpoint(connection.ControlPort));
        stdin.Bind(connection.Endpoint(connection.StdinPort));
        iopub.Bind(connection.Endpoint(connection.IopubPort));
        heartbeat.Bind(connection.Endpoint(connection.HeartbeatPort));
        shell.ReceiveReady += (_, e) => Receive(e.Socket, m => shellRequests.Add((Interlocked.Increment(ref received), m)));
        control.ReceiveReady += (_, e) => Receive(e.Socket, HandleControl);
        stdin.ReceiveReady += (_, e) => Receive(e.Socket, m => log.WriteLine($"kernel: ignoring {m.Type} on stdin (input requests are not supported)"));
        heartbeat.ReceiveReady += (_, e) => e.Socket.SendMultipartMessage(e.Socket.ReceiveMultipartMessage());
        outgoing.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var item, TimeSpan.Zero)) item.Socket.SendMultipartMessage(item.Message.ToNetMQ(signer));
        };
        poller = [shell, control, stdin, heartbeat, outgoing];
    }

    /// <summary>Serves requests until a shutdown request arrives.</summary>
    public void Run()
    {
        var worker = new Thread(ServeShell) { IsBackground = true, Name = "kernel-shell" };
        worker.Start();
        log.WriteLine($"kernel: listening on {connection.Endpoint(connection.ShellPort)} (session {sessionId})");
        Publish("status", new JsonObject { ["execution_state"] = "starting" }, null);
        poller.Run();
        shellRequests.CompleteAdding();
    }

    /// <summary>Cancels the running cell, if any (interrupt_request, or SIGINT from clients that signal).</summary>
    public void Interrupt()
    {
        lock (cellGate) runningCell?.Cancel();
    }

    public void Dispose()
    {
        poller.Dispose();
        foreach (var socket in new NetMQSocket[] { shell, control, stdin, iopub, heartbeat }) socket.Dispose();
        outgoing.Dispose();
        shellRequests.Dispose();
    }

    private void Receive(NetMQSocket socket, Action<JupyterMessage> handle)
    {
        var frames = socket.ReceiveMultipartMessage();
        var message = JupyterMessage.Parse(frames, signer, out var problem);
        if (message is null)
        {
            log.WriteLine($"kernel: dropped a message: {problem}");
            return;
        }
        handle(message);
    }

    private void ServeShell()
    {
        foreach (var (sequence, request) in shellRequests.GetConsumingEnumerable())
        {
            Publish("status", new JsonObject { ["execution_state"] = "busy" }, request);
            try
            {
                if (request.Type == "execute_request" && sequence <= Interlocked.Read(ref abortThrough))
                    Reply(shell, request, "execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = session.ExecutionCount });
                else HandleShell(request, sequence);
            }
            catch (Exception e)
            {
                log.WriteLine($"kernel: {request.Type} failed: {e}");
                if (request.Type.EndsWith("_request", StringComparison.Ordinal))
                    Reply(shell, request, request.Type[..^"_request".Length] + "_reply", new JsonObject
                    {
                        ["status"] = "error", ["ename"] = e.GetType().Name, ["evalue"] = e.Message, ["traceback"] = new JsonArray(),
                    });
            }
            Publish("status", new JsonObject { ["execution_state"] = "idle" }, request);
        }
    }

    private void HandleShell(JupyterMessage request, long sequence)
    {
        var content = request.Content;
        switch (request.Type)
        {
            case "kernel_info_request":
                Reply(shell, request, "kernel_info_reply", KernelInfo());
                break;
            case "execute_request":
                Execute(request, sequence);
                break;
            case "is_complete_request":
                var status = CodeAssistant.IsComplete((string?)content["code"] ?? "");
                Reply(shell, request, "is_complete_reply", new JsonObject { ["status"] = status, ["indent"] = status == "incomplete" ? "    " : "" });
                break;
            case "complete_request":
                Complete(request);
                break;
            case "inspect_request":
                var code = (string?)content["code"] ?? "";
                var help = CodeAssistant.Inspect(session, code, CodePoints.ToUtf16(code, (int?)content["cursor_pos"] ?? code.Length));
                Reply(shell, request, "inspect_reply", new JsonObject
                {
                    ["status"] = "ok", ["found"] = help is not null, ["metadata"] = new JsonObject(),
                    ["data"] = help is null ? new JsonObject() : new JsonObject { ["text/plain"] = help },
                });
                break;
            case "history_request":
                Reply(shell, request, "history_reply", History(content));
                break;
            case "comm_info_request":
                Reply(shell, request, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                break;
            case "shutdown_request":
                Shutdown(shell, request);
                break;
            case "comm_open" or "comm_msg" or "comm_close":
                break;
            default:
                log.WriteLine($"kernel: unsupported shell message {request.Type}");
                break;
        }
    }

    private void HandleControl(JupyterMessage request)
    {
        Publish("status", new JsonObject { ["execution_state"] = "busy" }, request);
        switch (request.Type)
        {
            case "interrupt_request":
                Interrupt();
                Reply(control, request, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                break;
            case "shutdown_request":
                Shutdown(control, request);
                break;
            case "kernel_info_request":
                Reply(control, request, "kernel_info_reply", KernelInfo());
                break;
            default:
                log.WriteLine($"kernel: unsupported control message {request.Type}");
                break;
        }
        Publish("status", new JsonObject { ["execution_state"] = "idle" }, request);
    }

    private void Execute(JupyterMessage request, long sequence)
    {
        var code = (string?)request.Content["code"] ?? "";
        var silent = (bool?)request.Content["silent"] ?? false;
        var stopOnError = (bool?)request.Content["stop_on_error"] ?? true;
        if (!silent) Publish("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = session.ExecutionCount + 1 }, request);
        using var cancel = new CancellationTokenSource();
        lock (cellGate) runningCell = cancel;
        CellResult result;
        try
        {
            var count = session.ExecutionCount + 1;
            result = session.ExecuteAsync(code, output => { if (!silent) PublishOutput(output, count, request); }, cancel.Token).GetAwaiter().GetResult();
        }
        finally
        {
            lock (cellGate) runningCell = null;
        }
        if (result.Error is { } error && !result.Succeeded)
        {
            if (stopOnError) Interlocked.Exchange(ref abortThrough, Interlocked.Read(ref received));
            Reply(shell, request, "execute_reply", new JsonObject
            {
                ["status"] = "error", ["execution_count"] = result.ExecutionCount, ["ename"] = error.Name, ["evalue"] = error.Value,
                ["traceback"] = new JsonArray(error.Traceback.Select(t => (JsonNode?)t).ToArray()),
            });
            return;
        }
        Reply(shell, request, "execute_reply", new JsonObject
        {
            ["status"] = "ok", ["execution_count"] = result.ExecutionCount, ["user_expressions"] = new JsonObject(), ["payload"] = new JsonArray(),
        });
    }

    private void PublishOutput(CellOutput output, int executionCount, JupyterMessage request)
    {
        switch (output)
        {
            case StreamOutput stream:
                Publish("stream", new JsonObject { ["name"] = stream.Name, ["text"] = stream.Text }, request);
                break;
            case DisplayOutput display:
                Publish("display_data", new JsonObject { ["data"] = OutputJson.Data(display.Bundle, multiline: false), ["metadata"] = new JsonObject(), ["transient"] = new JsonObject() }, request);
                break;
            case ResultOutput result:
                Publish("execute_result", new JsonObject { ["execution_count"] = executionCount, ["data"] = OutputJson.Data(result.Bundle, multiline: false), ["metadata"] = new JsonObject() }, request);
                break;
            case ErrorOutput error:
                Publish("error", new JsonObject
                {
                    ["ename"] = error.Name, ["evalue"] = error.Value, ["traceback"] = new JsonArray(error.Traceback.Select(t => (JsonNode?)t).ToArray()),
                }, request);
                break;
        }
    }

    private void Complete(JupyterMessage request)
    {
        var code = (string?)request.Content["code"] ?? "";
        var cursor = CodePoints.ToUtf16(code, (int?)request.Content["cursor_pos"] ?? code.Length);
        var completions = CodeAssistant.Complete(session, code, cursor);
        Reply(shell, request, "complete_reply", new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(completions.Matches.Select(m => (JsonNode?)m).ToArray()),
            ["cursor_start"] = CodePoints.FromUtf16(code, completions.Start),
            ["cursor_end"] = CodePoints.FromUtf16(code, completions.End),
            ["metadata"] = new JsonObject(),
        });
    }

    private JsonObject History(JsonObject content)
    {
        var entries = session.History.Select((code, i) => (Line: i + 1, Code: code)).ToList();
        var kind = (string?)content["hist_access_type"] ?? "tail";
        if (kind == "search" && (string?)content["pattern"] is { } pattern)
        {
            var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$";
            entries = entries.Where(e => System.Text.RegularExpressions.Regex.IsMatch(e.Code, regex, System.Text.RegularExpressions.RegexOptions.Singleline)).ToList();
        }
        if (kind is "tail" or "search" && (int?)content["n"] is { } n && n >= 0) entries = entries.TakeLast(n).ToList();
        if (kind == "range")
        {
            var start = (int?)content["start"] ?? 0;
            var stop = (int?)content["stop"] ?? int.MaxValue;
            entries = entries.Where(e => e.Line >= start && e.Line < stop).ToList();
        }
        return new JsonObject
        {
            ["status"] = "ok",
            ["history"] = new JsonArray(entries.Select(e => (JsonNode?)new JsonArray(0, e.Line, e.Code)).ToArray()),
        };
    }

    private void Shutdown(NetMQSocket socket, JupyterMessage request)
    {
        var restart = (bool?)request.Content["restart"] ?? false;
        var content = new JsonObject { ["status"] = "ok", ["restart"] = restart };
        Reply(socket, request, "shutdown_reply", content);
        Publish("shutdown_reply", (JsonObject)content.DeepClone(), request);
        Interrupt();
        log.WriteLine($"kernel: shutdown requested (restart={restart.ToString(CultureInfo.InvariantCulture)})");
        // Let the poller send the replies before it stops.
        Task.Delay(300).ContinueWith(_ => poller.Stop());
    }

    private JsonObject KernelInfo() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = JupyterMessage.ProtocolVersion,
        ["implementation"] = KernelSpec.Name,
        ["implementation_version"] = typeof(JupyterKernel).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
        ["language_info"] = KernelSpec.LanguageInfo(),
        ["banner"] = $"{KernelSpec.DisplayName}: C# cells on .NET {Environment.Version} (Roslyn scripting)",
        ["debugger"] = false,
        ["help_links"] = new JsonArray(),
    };

    private void Reply(NetMQSocket socket, JupyterMessage request, string type, JsonObject content) =>
        outgoing.Enqueue((socket, request.Child(type, content, sessionId)));

    private void Publish(string type, JsonObject content, JupyterMessage? parent)
    {
        var topic = new[] { Encoding.UTF8.GetBytes($"kernel.{sessionId}.{type}") };
        var message = parent is null
            ? new JupyterMessage(topic, JupyterMessage.NewHeader(type, sessionId), new JsonObject(), new JsonObject(), content)
            : parent.Child(type, content, sessionId, topic);
        outgoing.Enqueue((iopub, message));
    }
}
