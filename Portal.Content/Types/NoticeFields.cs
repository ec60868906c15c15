namespace Portal.Content.Types;

public enum AlertKind
{
    MissingPerson,
    UrgentNotice,
}

/// <summary>
/// A missing-person or urgent notice. It is taken down at <see cref="ExpiresAt"/> (UTC) by the scheduler, through the
/// same unpublish as a person's.
/// </summary>
public sealed record AlertFields : ContentFields
{
    public AlertKind Kind { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The number to call, e.g. 110 or the local police station's.</summary>
    public string? ContactPhone { get; init; }


    internal override ContentFields Normalize(FieldValidation validation)
    {
        validation.Require("expiresAt", ExpiresAt != default);
        var phone = validation.OptionalText("contactPhone", ContactPhone, 30);
        if (phone is not null && !phone.All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or '+' or '(' or ')'))
        {
            validation.Problems.Add(Common.ContentProblem.Error(Common.ContentCodes.InvalidValue, "fields.contactPhone", phone));
        }

        return this with { ExpiresAt = ExpiresAt.ToUniversalTime(), ContactPhone = phone };
    }
}

/// <summary>A question (the title) answered in the body; the short answer is shown in lists.</summary>
public sealed record FaqFields : ContentFields
{
    public string ShortAnswer { get; init; } = "";


    public override IEnumerable<string> PlainText() => [ShortAnswer];

    internal override ContentFields Normalize(FieldValidation validation) =>
        this with { ShortAnswer = validation.Text("shortAnswer", ShortAnswer, 500) };
}

/// <summary>A regulation or official document, e.g. 甘政办发〔2022〕38号.</summary>
public sealed record LegalTextFields : ContentFields
{
    public string DocumentNumber { get; init; } = "";

    public string IssuedBy { get; init; } = "";

    public DateOnly IssuedOn { get; init; }

    public DateOnly? EffectiveFrom { get; init; }

    public bool InForce { get; init; } = true;


    public override IEnumerable<string> PlainText() => [DocumentNumber, IssuedBy];

    internal override ContentFields Normalize(FieldValidation validation)
    {
        validation.Require("issuedOn", IssuedOn != default);
        return this with
        {
            DocumentNumber = validation.Text("documentNumber", DocumentNumber, 100),
            IssuedBy = validation.Text("issuedBy", IssuedBy, 200),
        };
    }
}
