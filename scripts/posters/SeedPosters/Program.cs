using System.Text.Json;
using SkiaSharp;

// Draws the seed posters (scripts/posters/posters.json) once: a PNG for the site and print-ready A4 and A3 PDFs.
// Text is drawn as outlines, so the PDFs embed no font. Chinese posters use a CJK font, English ones a Latin font (a CJK
// font's quotation marks are full width). Usage: SeedPosters posters.json CJK_FONT LATIN_FONT OUTPUT_DIR
if (args.Length != 4)
{
    Console.Error.WriteLine("Usage: SeedPosters posters.json CJK_FONT LATIN_FONT OUTPUT_DIR");
    return 2;
}

var posters = JsonSerializer.Deserialize<List<Poster>>(File.ReadAllText(args[0]), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
using var cjk = SKTypeface.FromFile(args[1], 0) ?? throw new InvalidOperationException("Cannot read the font " + args[1]);
using var latin = SKTypeface.FromFile(args[2], 0) ?? throw new InvalidOperationException("Cannot read the font " + args[2]);
var output = args[3];
Directory.CreateDirectory(output);
foreach (var poster in posters)
{
    var layout = new PosterLayout(poster, poster.Culture.StartsWith("zh", StringComparison.Ordinal) ? cjk : latin);

    // The site image: A4 proportions, 827 px wide (100 dpi) is enough for a screen and keeps the file small.
    var scale = 827f / PosterLayout.Width;
    using (var bitmap = new SKBitmap((int)(PosterLayout.Width * scale), (int)Math.Ceiling(PosterLayout.Height * scale)))
    using (var canvas = new SKCanvas(bitmap))
    {
        canvas.Scale(scale);
        layout.Draw(canvas);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(Path.Combine(output, poster.Name + ".png"), png.ToArray());
    }

    foreach (var (size, factor) in new[] { ("a4", 1f), ("a3", MathF.Sqrt(2)) })
    {
        using var stream = File.Create(Path.Combine(output, $"{poster.Name}.{size}.pdf"));
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = string.Join(" ", poster.Title);
        metadata.Author = poster.Footer;
        metadata.Creation = new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc); // fixed, so a re-run gives the same bytes
        metadata.Modified = metadata.Creation;
        using var document = SKDocument.CreatePdf(stream, metadata);
        var page = document.BeginPage(PosterLayout.Width * factor, PosterLayout.Height * factor);
        page.Scale(factor);
        layout.Draw(page);
        document.EndPage();
        document.Close();
    }

    Console.WriteLine(poster.Name);
}

return 0;

internal sealed record Poster(string Name, string Culture, string Kicker, string[] Title, string SignsHeading, string[] Signs, string Emergency, string Online, string Footer);

/// <summary>One poster on an A4 page in points (595 × 842); larger sizes scale the same drawing.</summary>
internal sealed class PosterLayout(Poster poster, SKTypeface typeface)
{
    public const float Width = 595.28f;
    public const float Height = 841.89f;
    private const float Margin = 44;

    private static readonly SKColor Red = new(0xB7, 0x1C, 0x1C);
    private static readonly SKColor Ink = new(0x21, 0x21, 0x21);
    private static readonly SKColor Slate = new(0x26, 0x32, 0x38);

    private bool Chinese => poster.Culture.StartsWith("zh", StringComparison.Ordinal);

    public void Draw(SKCanvas canvas)
    {
        canvas.Clear(SKColors.White);
        using var red = new SKPaint { Color = Red, IsAntialias = true };
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var slate = new SKPaint { Color = Slate, IsAntialias = true };

        // Header band: where, and the message.
        canvas.DrawRect(0, 0, Width, 250, red);
        var y = Text(canvas, poster.Kicker, Margin, 66, 18, white, Width - 2 * Margin);
        y += 14;
        foreach (var line in poster.Title)
        {
            y = Text(canvas, line, Margin, y + 50, Chinese ? 54 : 40, white, Width - 2 * Margin) + 4;
        }

        // The signs.
        y = Math.Max(y, 250) + 52;
        y = Text(canvas, poster.SignsHeading, Margin, y, 24, ink, Width - 2 * Margin) + 14;
        foreach (var sign in poster.Signs)
        {
            canvas.DrawCircle(Margin + 7, y + 12, 6, red);
            y = Text(canvas, sign, Margin + 26, y + 20, 17, ink, Width - 2 * Margin - 26, lineHeight: 1.45f) + 16;
        }

        // 110.
        y += 12;
        var box = new SKRect(Margin, y, Width - Margin, y + 170);
        using (var border = new SKPaint { Color = Red, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 5 })
        {
            canvas.DrawRoundRect(box, 14, 14, border);
        }

        Text(canvas, poster.Emergency, Margin + 26, y + 50, 26, ink, box.Width - 52);
        Text(canvas, "110", Margin + 22, y + 150, 104, red, box.Width - 44);
        y = box.Bottom + 40;

        // Online, then who stands behind it.
        Text(canvas, poster.Online, Margin, y, 16, ink, Width - 2 * Margin, lineHeight: 1.5f);
        canvas.DrawRect(0, Height - 64, Width, 64, slate);
        Text(canvas, poster.Footer, Margin, Height - 38, 11, white, Width - 2 * Margin);
    }

    /// <summary>Draws wrapped text as outlines from the baseline <paramref name="y"/>; returns the last baseline.</summary>
    private float Text(SKCanvas canvas, string text, float x, float y, float size, SKPaint paint, float maxWidth, float lineHeight = 1.25f)
    {
        using var font = new SKFont(typeface, size);
        var lines = Wrap(text, font, maxWidth);
        for (var i = 0; i < lines.Count; i++)
        {
            using var path = font.GetTextPath(lines[i], new SKPoint(x, y + i * size * lineHeight));
            canvas.DrawPath(path, paint);
        }

        return y + (lines.Count - 1) * size * lineHeight;
    }

    /// <summary>Chinese breaks between any two characters (but keeps closing punctuation on its line), English between words.</summary>
    private List<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var tokens = Chinese ? text.Select(c => c.ToString()).ToList() : [.. text.Split(' ').Select((w, i) => i == 0 ? w : " " + w)];
        var lines = new List<string>();
        var current = "";
        foreach (var token in tokens)
        {
            var closing = token.Length == 1 && "，。、；：！？”）》".Contains(token[0], StringComparison.Ordinal);
            if (current.Length > 0 && !closing && font.MeasureText(current + token) > maxWidth)
            {
                lines.Add(current);
                current = token.TrimStart();
            }
            else
            {
                current += token;
            }
        }

        lines.Add(current);
        return lines;
    }
}
