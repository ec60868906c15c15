using System.Text;

namespace Portal.Storage.Regions;

/// <summary>
/// Gansu's 14 prefecture-level divisions, Lanzhou New Area and the county-level divisions, from the
/// Ministry of Civil Affairs list embedded in Portal.Storage (Regions/gansu-divisions.csv), shared by the Tips
/// module (place picker, routing) and the Content module (the Region taxonomy).
/// </summary>
public sealed class GansuDivisions
{
    public const string LanzhouNewAreaKey = "lanzhou-new-area";

    private readonly Dictionary<string, Division> byKey;

    private GansuDivisions(IReadOnlyList<Division> all)
    {
        All = all;
        byKey = all.ToDictionary(d => d.Key, StringComparer.Ordinal);
        Prefectures = [.. all.Where(d => d.Level == DivisionLevel.Prefecture)];
    }

    public static GansuDivisions Instance { get; } = Load();

    public IReadOnlyList<Division> All { get; }

    public IReadOnlyList<Division> Prefectures { get; }

    public Division? Find(string? key) => key is not null && byKey.TryGetValue(key, out var division) ? division : null;

    /// <summary>County-level divisions (and Lanzhou New Area) under a prefecture, in the list's order.</summary>
    public IEnumerable<Division> Under(string prefectureKey) => All.Where(d => d.ParentKey == prefectureKey);

    /// <summary>The prefecture a division belongs to (itself for a prefecture).</summary>
    public Division? PrefectureOf(string key) =>
        Find(key) is { } division ? division.Level == DivisionLevel.Prefecture ? division : Find(division.ParentKey) : null;

    private static GansuDivisions Load()
    {
        using var stream = typeof(GansuDivisions).Assembly.GetManifestResourceStream("Portal.Storage.Regions.gansu-divisions.csv")
            ?? throw new InvalidOperationException("The divisions list is not embedded in Portal.Storage.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        reader.ReadLine();
        var divisions = new List<Division>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var fields = SplitCsv(line);
            var level = fields[3] switch
            {
                "prefecture" => DivisionLevel.Prefecture,
                "county" => DivisionLevel.County,
                "new_area" => DivisionLevel.NewArea,
                var other => throw new InvalidDataException($"Unknown division level '{other}'."),
            };
            var key = fields[0].Length > 0 ? fields[0] : level == DivisionLevel.NewArea ? LanzhouNewAreaKey : throw new InvalidDataException(line);
            divisions.Add(new Division(key, fields[1], fields[2], level, fields[4].Length > 0 ? fields[4] : null));
        }

        return new GansuDivisions(divisions);
    }

    /// <summary>The list is plain CSV: commas, and double quotes around a field that holds a comma.</summary>
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var character in line)
        {
            if (character == '"')
            {
                quoted = !quoted;
            }
            else if (character == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(character);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
