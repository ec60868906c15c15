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

            // MudBlazor's default status colours are too light for white text or for text on white (P1 chips,
            // alerts, the live P1 banner); these darker shades keep 4.5:1 both ways.
            Error = "#b91c1c",
            ErrorContrastText = "#ffffff",
            Warning = "#a16207",
            WarningContrastText = "#ffffff",
            Info = "#1d4ed8",
            InfoContrastText = "#ffffff",
            Success = "#15803d",
            SuccessContrastText = "#ffffff",
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
