using System.Globalization;
using Portal.Shared.Culture;
using Xunit;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.SharedKit;

[UnitTest]
public sealed class PageCultureTests
{
    [Theory]
    [InlineData("zh-CN", true)]
    [InlineData("zh-Hans", true)]
    [InlineData("zh", true)]
    [InlineData("en", false)]
    [InlineData("en-US", false)]
    [InlineData("", false)]
    public void Chinese_is_any_zh_culture(string name, bool chinese)
    {
        Assert.Equal(chinese, PageCulture.IsChineseName(name));
        Assert.Equal(chinese, PageCulture.IsChineseCulture(CultureInfo.GetCultureInfo(name)));
    }

    [Fact]
    public void The_page_is_Chinese_when_the_UI_culture_is()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.True(PageCulture.IsChinese);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.False(PageCulture.IsChinese);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
