using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Portal.Content.Blocks;
using Portal.Content.Delivery;
using Portal.Content.Types;

namespace Portal.Web.PublicSite.Downloads;

/// <summary>
/// A lesson as a self-contained printable HTML page for the curriculum pack: objectives, timed activities, teacher
/// notes, safety guidance, materials and the text of its body. Plain text throughout (encoded), no scripts, no links
/// out, a print-friendly style inline so it prints the same offline.
/// </summary>
internal static class LessonDocument
{
    private const string Style =
        "body{font-family:system-ui,'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.7;color:#111}"
        + "h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #999;margin-top:1.6rem}.pre{white-space:pre-line}"
        + "@media print{body{margin:0;max-width:none}}";

    public static string Html(PublishedItem lesson, LessonFields fields, bool english)
    {
        var text = english ? English : Chinese;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(lesson.Culture)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Encode(lesson.Title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<h1>")
            .Append(Encode(lesson.Title)).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(lesson.Summary))
        {
            html.Append("<p>").Append(Encode(lesson.Summary)).Append("</p>\n");
        }

        html.Append("<p>").Append(Encode(string.Format(CultureInfo.InvariantCulture, text.Duration, fields.DurationMinutes))).Append("</p>\n");
        List(html, text.Objectives, fields.Objectives);
        if (fields.Activities.Count > 0)
        {
            html.Append("<h2>").Append(Encode(text.Activities)).Append("</h2>\n<ol>\n");
            foreach (var activity in fields.Activities)
            {
                html.Append("<li><strong>").Append(Encode(activity.Title)).Append("</strong> (")
                    .Append(Encode(string.Format(CultureInfo.InvariantCulture, text.Minutes, activity.Minutes))).Append(")<p class=\"pre\">")
                    .Append(Encode(activity.Description)).Append("</p></li>\n");
            }

            html.Append("</ol>\n");
        }

        Paragraph(html, text.TeacherNotes, fields.TeacherNotes);
        Paragraph(html, text.Safety, fields.SafetyGuidance);
        List(html, text.Materials, fields.Materials);
        var body = BlockJson.Deserialize(lesson.BodyJson).SelectMany(b => b.PlainText()).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (body.Count > 0)
        {
            html.Append("<h2>").Append(Encode(text.Body)).Append("</h2>\n");
            foreach (var paragraph in body)
            {
                html.Append("<p class=\"pre\">").Append(Encode(paragraph)).Append("</p>\n");
            }
        }

        html.Append("<p>").Append(Encode(text.Emergency)).Append("</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void List(StringBuilder html, string heading, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(Encode(heading)).Append("</h2>\n<ul>\n");
        foreach (var line in lines)
        {
            html.Append("<li>").Append(Encode(line)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void Paragraph(StringBuilder html, string heading, string text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            html.Append("<h2>").Append(Encode(heading)).Append("</h2>\n<p class=\"pre\">").Append(Encode(text)).Append("</p>\n");
        }
    }

    // Characters, not entities: the file is UTF-8 and is read offline in any browser.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);

    private sealed record Words(string Duration, string Minutes, string Objectives, string Activities, string TeacherNotes, string Safety, string Materials, string Body, string Emergency);

    private static readonly Words Chinese = new(
        "课时：{0} 分钟", "{0} 分钟", "教学目标", "教学活动", "教师提示", "安全指引（学生透露受害或风险时）", "教学材料", "课文", "紧急情况请立即拨打 110。");

    private static readonly Words English = new(
        "Length: {0} minutes", "{0} minutes", "Objectives", "Activities", "Notes for the teacher", "Safety guidance (if a pupil discloses harm or risk)", "Materials", "Lesson text", "In an emergency call 110.");
}
