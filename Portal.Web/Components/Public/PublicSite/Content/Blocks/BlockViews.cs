using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Portal.Content.Blocks;

namespace Portal.Web.Components.Public.PublicSite.Content.Blocks;

/// <summary>
/// Each block type's view, put straight into the page. A component that only chose the view (it rendered nothing of
/// its own) cost a component per block on every render: made, given its parameters, rendered and diffed.
/// </summary>
internal static class BlockViews
{
    public static RenderFragment For(Block block) => builder =>
    {
        switch (block)
        {
            case RichTextBlock b: View<RichTextView>(builder, b); break;
            case HeadingBlock b: View<HeadingView>(builder, b); break;
            case ImageBlock b: View<ImageView>(builder, b); break;
            case VideoBlock b: View<VideoView>(builder, b); break;
            case AudioBlock b: View<AudioView>(builder, b); break;
            case DownloadListBlock b: View<DownloadListView>(builder, b); break;
            case CalloutBlock b: View<CalloutView>(builder, b); break;
            case StepsBlock b: View<StepsView>(builder, b); break;
            case QuoteBlock b: View<QuoteView>(builder, b); break;
            case FaqListBlock b: View<FaqListView>(builder, b); break;
            case ContentReferenceBlock b: View<ContentReferenceView>(builder, b); break;
            case ReportTipBlock b: View<ReportTipView>(builder, b); break;
            case ColumnsBlock b: View<ColumnsView>(builder, b); break;
        }
    };

    private static void View<TView>(RenderTreeBuilder builder, Block block)
        where TView : IComponent
    {
        builder.OpenComponent<TView>(0);
        builder.AddComponentParameter(1, nameof(RichTextView.Block), block);
        builder.CloseComponent();
    }
}
