using System.Globalization;
using System.Text;
using Portal.Tips.Reporting;

namespace Portal.Tips.Data.Migrations;

/// <summary>
/// The SQL that gives every tip stored before references existed its own: eight characters drawn at random and the
/// check character of <see cref="TipReference.CheckCharacter"/>, computed in the database (each row's draws are
/// materialised once, so the check sees the same values as the characters).
/// </summary>
internal static class TipReferenceBackfill
{
    private const int Drawn = TipReference.Length - 1;

    public static string Sqlite() => $"""
        WITH drawn AS MATERIALIZED (
            SELECT "Id", {Draws("(random() % 31 + 31) % 31")} FROM "Tips" WHERE "Reference" = ''
        )
        UPDATE "Tips" SET "Reference" = (SELECT {Characters()} FROM drawn WHERE drawn."Id" = "Tips"."Id")
        WHERE "Reference" = '';
        """;

    public static string Postgres() => $"""
        WITH drawn AS MATERIALIZED (
            SELECT "Id", {Draws("floor(random() * 31)::int")} FROM tips."Tips" WHERE "Reference" = ''
        )
        UPDATE tips."Tips" AS t SET "Reference" = {Characters()}
        FROM drawn WHERE drawn."Id" = t."Id";
        """;

    private static string Draws(string draw) =>
        string.Join(", ", Enumerable.Range(1, Drawn).Select(i => $"{draw} AS v{i}"));

    private static string Characters()
    {
        var alphabet = $"'{TipReference.Alphabet}'";
        var text = new StringBuilder();
        for (var i = 1; i <= Drawn; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"substr({alphabet}, v{i} + 1, 1) || ");
        }

        var sum = string.Join(" + ", Enumerable.Range(1, Drawn).Select(i => $"{i} * v{i}"));
        text.Append(CultureInfo.InvariantCulture, $"substr({alphabet}, ({sum}) % {TipReference.Alphabet.Length} + 1, 1)");
        return text.ToString();
    }
}
