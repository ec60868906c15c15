using Portal.Tests.Infrastructure;
using Portal.Web.Hosting;
using Portal.Web.PublicSite;

namespace Portal.Tests.Web;

/// <summary>The one gate for return addresses: only this site's paths pass, however the address is dressed up.</summary>
[UnitTest]
public sealed class LocalUrlTests
{
    public static TheoryData<string?> Hostile() =>
    [
        null,
        "",
        "https://evil.example/x",
        "//evil.example/x",
        "/\\evil.example",
        "\\\\evil.example",
        "/https://evil.example/x",
        "/javascript:alert(1)",
        "/ //evil.example",
        " /report",
        "/\t/evil.example",
        "/\u0000/evil.example",
        "/%2F%2Fevil.example",
        "/%2f/evil.example",
        "/%5Cevil.example",
        "/%09/evil.example",
        "/%20//evil.example",
        "/https%3A%2F%2Fevil.example",
        "/\u3000//evil.example",
        "/" + new string('a', 2048),
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_return_address_is_refused(string? url)
    {
        Assert.Null(LocalUrls.Local(url));
        Assert.Equal(PublicUrls.Home, ReaderPreferences.LocalReturnPath(url));
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/report", "/report")]
    [InlineData("/read/x?y=1", "/read/x?y=1")]
    [InlineData("/en/search?q=%E6%8B%90%E5%8D%96&page=2", "/en/search?q=%E6%8B%90%E5%8D%96&page=2")]
    [InlineData("/staff/tips/abc#notes", "/staff/tips/abc#notes")]
    [InlineData("/preferences?returnUrl=%2Fpreferences%3FreturnUrl%3D%252Freport", "/preferences")]
    [InlineData("/search?q=a&returnUrl=%2Fx&page=2", "/search?q=a&page=2")]
    public void A_local_return_address_passes_without_a_return_address_of_its_own(string url, string expected) =>
        Assert.Equal(expected, LocalUrls.Local(url));

    [Theory]
    [InlineData("/https://evil.example/x", "./https://evil.example/x")]
    [InlineData("/a:b/c", "./a:b/c")]
    [InlineData("/report", "report")]
    [InlineData("/", "./")]
    [InlineData("/read/x?at=10:30", "read/x?at=10:30")]
    public void A_site_link_never_turns_a_path_into_a_scheme(string appPath, string href) =>
        Assert.Equal(href, PublicUrls.Href(appPath));
}
