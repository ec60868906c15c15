using Portal.Content;
using Portal.Storage.Blobs;
using Portal.Tips;
using Portal.Web.Hosting;
using Portal.Web.Identity;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddPortalLogFilters();
builder.Services.AddPortalLocalization();
builder.Services.AddPortalBlobStore();
builder.AddPortalIdentity();
builder.AddContentModule();
builder.AddTipsModule();
builder.AddPortalUserInterface();

var app = builder.Build();
app.UsePortalPipeline();
app.MapPortalEndpoints();
return await app.RunPortalAsync(args);
