using System.Text.Json.Nodes;

namespace DlRadiomics.Notebooks.Kernel;

/// <summary>The connection file a Jupyter client writes for a kernel: ports, IP, transport and signing key.</summary>
public sealed record ConnectionInfo(string Transport, string Ip, int ShellPort, int IopubPort, int StdinPort, int ControlPort, int HeartbeatPort, string Key, string SignatureScheme)
{
    public static ConnectionInfo Load(string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new FormatException($"{path}: not a JSON object");
        int Port(string name) => (int?)json[name] ?? throw new FormatException($"{path}: '{name}' is missing");
        var scheme = (string?)json["signature_scheme"] ?? "hmac-sha256";
        if (scheme != "hmac-sha256")
            throw new FormatException($"{path}: signature_scheme '{scheme}' is not supported; use hmac-sha256");
        return new ConnectionInfo(
            (string?)json["transport"] ?? "tcp", (string?)json["ip"] ?? "127.0.0.1",
            Port("shell_port"), Port("iopub_port"), Port("stdin_port"), Port("control_port"), Port("hb_port"),
            (string?)json["key"] ?? "", scheme);
    }

    public string Endpoint(int port) => Transport == "ipc" ? $"ipc://{Ip}-{port}" : $"tcp://{Ip}:{port}";
}
