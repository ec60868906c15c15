using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Tests.Infrastructure;
using Portal.Web;
using Portal.Web.Content;

namespace Portal.Tests.Content.Manager;

/// <summary>The workflow history and audit trail show the service's own notes in the reader's language.</summary>
[UnitTest]
public sealed class AuditTextTests
{
    [Theory]
    [InlineData("zh-CN", "replaced by v4", "被第 4 版取代")]
    [InlineData("en", "replaced by v12", "Replaced by version 12")]
    [InlineData("zh-CN", "replaced by vX", "replaced by vX")]
    [InlineData("zh-CN", "请在正文末尾补充举报电话 110。", "请在正文末尾补充举报电话 110。")]
    [InlineData("zh-CN", null, null)]
    public void The_services_note_on_a_replaced_version_is_read_in_the_readers_language(string culture, string? stored, string? shown)
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization(options => options.ResourcesPath = "Resources").BuildServiceProvider();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            Assert.Equal(shown, AuditText.Comment(services.GetRequiredService<IStringLocalizer<ContentResource>>(), stored));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
