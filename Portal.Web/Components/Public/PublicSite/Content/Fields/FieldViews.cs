using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Portal.Content.Types;
using Portal.Web.Content;

namespace Portal.Web.Components.Public.PublicSite.Content.Fields;

/// <summary>
/// The view of a type's own fields, put straight into the page before or after the body (resources, venue kits and
/// curricula list their files after it). Like <see cref="Blocks.BlockViews"/>: no component just to choose the view.
/// </summary>
internal static class FieldViews
{
    public static RenderFragment For(ContentFields fields, FieldsPlacement placement) => builder =>
    {
        if (PlacementOf(fields) != placement)
        {
            return;
        }

        switch (fields)
        {
            case ArticleFields f: View<ArticleFieldsView>(builder, f); break;
            case LessonFields f: View<LessonFieldsView>(builder, f); break;
            case CurriculumFields f: View<CurriculumFieldsView>(builder, f); break;
            case ResourceFields f: View<ResourceFieldsView>(builder, f); break;
            case PosterFields f: View<PosterFieldsView>(builder, f); break;
            case VenueKitFields f: View<VenueKitFieldsView>(builder, f); break;
            case AlertFields f: View<AlertFieldsView>(builder, f); break;
            case FaqFields f: View<FaqFieldsView>(builder, f); break;
            case LegalTextFields f: View<LegalTextFieldsView>(builder, f); break;
        }
    };

    private static FieldsPlacement PlacementOf(ContentFields fields) => fields switch
    {
        ResourceFields or VenueKitFields or CurriculumFields => FieldsPlacement.AfterBody,
        _ => FieldsPlacement.BeforeBody,
    };

    private static void View<TView>(RenderTreeBuilder builder, ContentFields fields)
        where TView : IComponent
    {
        builder.OpenComponent<TView>(0);
        builder.AddComponentParameter(1, nameof(ArticleFieldsView.Fields), fields);
        builder.CloseComponent();
    }
}
