namespace Portal.Tests.Content.Search;

/// <summary>Words no other test writes, so a test's search finds only its own items in the class's shared database.</summary>
internal static class SearchMarkers
{
    /// <summary>Three random common CJK ideographs, e.g. 蚌鸳瑁.</summary>
    public static string Han() => string.Concat(Enumerable.Range(0, 3).Select(_ => (char)Random.Shared.Next(0x4E00, 0x9FA5)));

    /// <summary>A Latin word like <c>qxvbmtz</c>.</summary>
    public static string Latin() => "q" + string.Concat(Enumerable.Range(0, 7).Select(_ => (char)Random.Shared.Next('a', 'z' + 1)));
}
