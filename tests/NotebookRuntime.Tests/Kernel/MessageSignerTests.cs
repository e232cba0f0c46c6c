using System.Text;
using System.Text.Json.Nodes;
using DlRadiomics.Notebooks.Kernel;
using NetMQ;

namespace DlRadiomics.Notebooks.Tests.Kernel;

public class MessageSignerTests
{
    [Fact]
    public void Signature_is_hmac_sha256_over_the_concatenated_frames()
    {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        var frames = new[] { "what do ya ", "want ", "for nothing?" }.Select(Encoding.ASCII.GetBytes).ToList();
        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", new MessageSigner("Jefe").Sign(frames));
    }

    [Fact]
    public void A_signed_message_round_trips_and_a_tampered_one_is_rejected()
    {
        var signer = new MessageSigner("secret");
        var message = new JupyterMessage([Encoding.ASCII.GetBytes("client")], JupyterMessage.NewHeader("execute_request", "s"), new JsonObject(), new JsonObject(), new JsonObject { ["code"] = "1" });

        var parsed = JupyterMessage.Parse(message.ToNetMQ(signer), signer, out var problem);
        Assert.Null(problem);
        Assert.Equal(("execute_request", "1"), (parsed!.Type, (string?)parsed.Content["code"]));
        Assert.Equal("client", Encoding.ASCII.GetString(parsed.Identities.Single()));

        var forged = message.ToNetMQ(new MessageSigner("other key"));
        Assert.Null(JupyterMessage.Parse(forged, signer, out problem));
        Assert.Equal("invalid HMAC signature", problem);

        var frames = message.ToNetMQ(signer).Select(f => f.ToByteArray()).ToList();
        frames[^1] = Encoding.UTF8.GetBytes("{\"code\":\"File.Delete(x)\"}");
        var tampered = new NetMQMessage();
        foreach (var frame in frames) tampered.Append(frame);
        Assert.Null(JupyterMessage.Parse(tampered, signer, out _));
    }
}
