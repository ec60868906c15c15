using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Web;

/// <summary>An unexpected failure shows the friendly error page (outside Development), never a stack trace.</summary>
[IntegrationTest]
public sealed class ErrorPageTests
{
    private sealed class FailingPortalFactory : PortalFactory
    {
        public const string Secret = "internal detail that must not reach the reader";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ThrowOnBoom>());
        }

        private sealed class ThrowOnBoom : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Use((HttpContext context, RequestDelegate nextStep) =>
                    context.Request.Path == "/boom" ? throw new InvalidOperationException(Secret) : nextStep(context));
            };
        }
    }

    [Theory]
    [InlineData("zh-CN", "抱歉，出错了")]
    [InlineData("en", "Sorry, something went wrong")]
    public async Task An_unhandled_exception_shows_the_friendly_error_page_without_details(string culture, string heading)
    {
        using var portal = new FailingPortalFactory();
        using var client = portal.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, $"/boom?lang={culture}");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Equal(heading, page.Document.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(FailingPortalFactory.Secret, page.Document.Body!.OuterHtml, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("footer a[href='tel:110']"));
    }
}
