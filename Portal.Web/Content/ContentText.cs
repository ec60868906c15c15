using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Content.Common;

namespace Portal.Web.Content;

/// <summary>
/// Turns the content services' codes into sentences (ContentResource.resx): a problem's code with the name of the field
/// it is about and the offending value, and the names of types, states, renditions and block types.
/// </summary>
public static class ContentText
{
    public static string Problem(this IStringLocalizer<ContentResource> text, ContentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problem);
        var message = text["Code_" + problem.Code];
        var atBlock = BlockNumber(problem.BlockPath) is { } number
            ? string.Format(CultureInfo.CurrentCulture, text["Problem_AtBlock"], number, BlockName(text, problem.BlockType ?? ""))
            : null;
        if (atBlock is not null && text["ProblemAtBlock_" + problem.Code] is { ResourceNotFound: false } shortly)
        {
            return atBlock + shortly.Value; // 第 3 块（图片）缺少替代文字
        }

        var field = atBlock is null ? FieldLabel(text, problem.Field) : BlockFieldLabel(text, problem.Field);
        var value = problem.Code == ContentCodes.MediaWrongKind ? Media.MediaDisplay.KindNames(text, problem.Value) : problem.Value ?? "";
        var sentence = message.ResourceNotFound
            ? problem.Code
            : string.Format(CultureInfo.CurrentCulture, message.Value, field, value);
        return atBlock is null ? sentence : string.Format(CultureInfo.CurrentCulture, text["Problem_AtBlockSentence"], atBlock, sentence);
    }

    /// <summary>The block's number as the editor sees it (1-based, top level): <c>blocks[2].columns[0].blocks[1]</c> is block 3.</summary>
    public static int? BlockNumber(string? blockPath) =>
        blockPath is not null && System.Text.RegularExpressions.Regex.Match(blockPath, @"^blocks\[(\d+)\]") is { Success: true } match
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1
            : null;

    private static string BlockFieldLabel(IStringLocalizer<ContentResource> text, string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }

        var last = System.Text.RegularExpressions.Regex.Replace(field[(field.LastIndexOf('.') + 1)..], @"\[\d+\]$", "");
        var label = text["BlockField_" + last];
        return label.ResourceNotFound ? field : label.Value;
    }

    /// <summary>The label of a field named by a service (<c>title</c>, <c>fields.expiresAt</c>, <c>terms.Audience</c>), or the name itself.</summary>
    public static string FieldLabel(this IStringLocalizer<ContentResource> text, string? field)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }

        var label = text["Field_" + field];
        return label.ResourceNotFound ? field : label.Value;
    }

    public static string Named<TEnum>(this IStringLocalizer<ContentResource> text, TEnum value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        var label = text[typeof(TEnum).Name + "_" + value];
        return label.ResourceNotFound ? value.ToString() : label.Value;
    }

    /// <summary>A value of the enumeration named <paramref name="choiceOf"/> by its label (as <see cref="Named"/> names it).</summary>
    public static string ChoiceName(this IStringLocalizer<ContentResource> text, string choiceOf, string value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var label = text[choiceOf + "_" + value];
        return label.ResourceNotFound ? value : label.Value;
    }

    public static string BlockName(this IStringLocalizer<ContentResource> text, string blockType)
    {
        ArgumentNullException.ThrowIfNull(text);
        var label = text["Block_" + blockType];
        return label.ResourceNotFound ? blockType : label.Value;
    }

    public static string CultureName(this IStringLocalizer<ContentResource> text, string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        return culture == ContentCultures.English ? text["Culture_en"] : text["Culture_zh"];
    }
}
