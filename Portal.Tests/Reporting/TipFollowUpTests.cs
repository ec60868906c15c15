using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Reporting;

namespace Portal.Tests.Reporting;

[IntegrationTest]
public sealed class TipFollowUpTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory portal;

    public TipFollowUpTests(PortalFactory portal) => this.portal = portal;

    private TipIntake Intake => portal.Services.GetRequiredService<TipIntake>();

    private TipFollowUp FollowUp => portal.Services.GetRequiredService<TipFollowUp>();

    private async Task<(Guid TipId, Portal.Tips.Reporting.Receipt Receipt)> NewTipAsync()
    {
        var result = await Intake.SubmitAsync(TipSubmissions.Valid());
        return (result.TipId!.Value, result.Receipt!);
    }

    [Fact]
    public async Task Five_wrong_passphrases_throttle_that_receipt_even_for_the_right_one()
    {
        var (_, receipt) = await NewTipAsync();
        for (var attempt = 0; attempt < TipFollowUp.MaxFailuresPerReceipt; attempt++)
        {
            Assert.Equal(ReceiptSignInOutcome.WrongReceipt, (await FollowUp.SignInAsync(receipt.Number, "WRNG-PASS-WORD", $"bucket-{attempt}")).Outcome);
        }

        Assert.Equal(ReceiptSignInOutcome.Throttled, (await FollowUp.SignInAsync(receipt.Number, receipt.Passphrase, "fresh-bucket")).Outcome);
    }

    [Fact]
    public async Task A_client_guessing_many_receipts_is_throttled()
    {
        var (_, receipt) = await NewTipAsync();
        for (var attempt = 0; attempt < TipFollowUp.MaxFailuresPerClient; attempt++)
        {
            await FollowUp.SignInAsync($"{1000_0000_0000_0000 + attempt}", "ABCD-EFGH-JKMN", "guessing-client");
        }

        Assert.Equal(ReceiptSignInOutcome.Throttled, (await FollowUp.SignInAsync(receipt.Number, receipt.Passphrase, "guessing-client")).Outcome);
        Assert.Equal(ReceiptSignInOutcome.SignedIn, (await FollowUp.SignInAsync(receipt.Number, receipt.Passphrase, "another-client")).Outcome);
    }

    [Theory]
    [InlineData("我的回执号是 {number}")]
    [InlineData("口令：{passphrase}")]
    [InlineData("口令 {passphrase-lower}，号码 {grouped}")]
    public async Task A_message_that_carries_the_receipt_is_refused(string template)
    {
        var (tipId, receipt) = await NewTipAsync();
        var message = template
            .Replace("{number}", receipt.Number, StringComparison.Ordinal)
            .Replace("{grouped}", receipt.GroupedNumber, StringComparison.Ordinal)
            .Replace("{passphrase-lower}", receipt.Passphrase.ToLowerInvariant(), StringComparison.Ordinal)
            .Replace("{passphrase}", receipt.Passphrase, StringComparison.Ordinal);

        Assert.Equal("contains-receipt", (await FollowUp.ReplyAsync(tipId, message)).Error);
        Assert.Empty((await FollowUp.ViewAsync(tipId))!.Messages);
    }

    [Fact]
    public async Task Empty_and_overlong_messages_are_refused()
    {
        var (tipId, _) = await NewTipAsync();

        Assert.Equal("required", (await FollowUp.ReplyAsync(tipId, " \u200F ")).Error);
        Assert.Equal("too-long", (await FollowUp.ReplyAsync(tipId, new string('字', TipFollowUp.MaxMessageLength + 1))).Error);
    }
}
