using MudBlazor;

namespace Portal.Web.Components.Layout;

/// <summary>The staff area's colours: a government red and dark grey, each at least 4.5:1 against its text.</summary>
public static class StaffTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#a4161a",
            PrimaryContrastText = "#ffffff",
            Secondary = "#37474f",
            AppbarBackground = "#a4161a",
            AppbarText = "#ffffff",
            TextPrimary = "#1b1b1b",
            TextSecondary = "#424242",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["\"Microsoft YaHei\"", "\"PingFang SC\"", "\"WenQuanYi Micro Hei\"", "\"Noto Sans CJK SC\"", "sans-serif"],
            },
        },
    };
}
