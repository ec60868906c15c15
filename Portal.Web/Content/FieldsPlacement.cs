namespace Portal.Web.Content;

/// <summary>Where a type's own fields show: a notice or a document's details before the body, files and lists after it.</summary>
public enum FieldsPlacement
{
    BeforeBody,
    AfterBody,
}
