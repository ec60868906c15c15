namespace Portal.Web.PublicSite;

/// <summary>One message of a refused form: the field it belongs to (its element id), or null for the form as a whole.</summary>
public sealed record FormError(string? FieldId, string Message);

/// <summary>
/// The messages of a refused public form, after the GOV.UK error pattern: all of them in the summary at the top
/// (<c>ErrorSummary</c>), each linking to its field, and each also beside its field (<c>FieldError</c>), which names it in
/// <c>aria-describedby</c>. Like GOV.UK, no <c>aria-invalid</c>: Blazor's inputs drop it unless their own validation set it,
/// and the message read with the field already says what is wrong.
/// </summary>
public sealed class FormErrors
{
    private readonly List<FormError> errors = [];

    public int Count => errors.Count;

    public IReadOnlyList<FormError> All => errors;

    public void Add(string? fieldId, string message) => errors.Add(new(fieldId, message));

    public void Clear() => errors.Clear();

    public bool Has(string fieldId) => errors.Any(error => error.FieldId == fieldId);

    public IEnumerable<string> For(string fieldId) => errors.Where(error => error.FieldId == fieldId).Select(error => error.Message);

    /// <summary>The id of the message beside a field.</summary>
    public static string MessageId(string fieldId) => fieldId + "-error";

    /// <summary><c>aria-describedby</c> of a field: its hint, then its message when it has one; null when neither.</summary>
    public string? DescribedBy(string fieldId, string? hintId = null)
    {
        string?[] ids = [hintId, Has(fieldId) ? MessageId(fieldId) : null];
        var joined = string.Join(' ', ids.Where(id => id is not null));
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>The class the field's wrapper gets: <c>field-error</c> when it has a message.</summary>
    public string? FieldClass(string fieldId) => Has(fieldId) ? "field-error" : null;
}
