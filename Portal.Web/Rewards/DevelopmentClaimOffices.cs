using Portal.Tips.Rewards;

namespace Portal.Web.Rewards;

/// <summary>
/// DEVELOPMENT ONLY. Fills an empty claim-office directory with demo offices: the province and three prefectures
/// (兰州市, 天水市, 酒泉市), so a tip of 城关区 shows Lanzhou's office and a tip of 白银市 the provincial one. The names
/// are marked as demo, the addresses are districts only and the numbers cannot be dialled (they start with 0 after
/// the area code).
/// </summary>
internal sealed class DevelopmentClaimOffices(ClaimOffices offices)
{
    public const string SeededBy = "system:demo-seed";

    public static IReadOnlyList<ClaimOfficeInput> Demo { get; } =
    [
        new(null, "甘肃省公安厅刑事侦查总队（演示）", "兰州市城关区（演示地址）", "周一至周五 9:00–12:00、14:30–17:30（法定节假日除外），请先电话预约", "0931-0000110",
            "Criminal Investigation Corps, Gansu Provincial Public Security Department (demo)", "Chengguan District, Lanzhou (demo address)",
            "Mon–Fri 9:00–12:00, 14:30–17:30 (not on public holidays); please call ahead"),
        new("620100", "兰州市公安局刑事侦查支队（演示）", "兰州市七里河区（演示地址）", "周一至周五 8:30–12:00、14:30–18:00", "0931-0000111",
            "Criminal Investigation Detachment, Lanzhou Public Security Bureau (demo)", "Qilihe District, Lanzhou (demo address)", "Mon–Fri 8:30–12:00, 14:30–18:00"),
        new("620500", "天水市公安局刑事侦查支队（演示）", "天水市秦州区（演示地址）", "周一至周五 8:30–12:00、14:30–18:00", "0938-0000110",
            "Criminal Investigation Detachment, Tianshui Public Security Bureau (demo)", "Qinzhou District, Tianshui (demo address)", "Mon–Fri 8:30–12:00, 14:30–18:00"),
        new("620900", "酒泉市公安局刑事侦查支队（演示）", "酒泉市肃州区（演示地址）", "周一至周五 9:00–12:30、15:00–18:30", "0937-0000110",
            "Criminal Investigation Detachment, Jiuquan Public Security Bureau (demo)", "Suzhou District, Jiuquan (demo address)", "Mon–Fri 9:00–12:30, 15:00–18:30"),
    ];

    public async Task SeedAsync()
    {
        if ((await offices.ListAsync()).Count > 0)
        {
            return;
        }

        foreach (var office in Demo)
        {
            await offices.AddAsync(SeededBy, office);
        }
    }
}
