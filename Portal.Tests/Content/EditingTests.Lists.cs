using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

public abstract partial class EditingTests
{
    [Fact]
    public async Task The_manager_list_filters_and_pages_on_the_server_within_the_persons_departments()
    {
        var newsroom = await NewsroomAsync();
        var other = await NewsroomAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 5; i++)
        {
            Host.Time.Advance(TimeSpan.FromMinutes(1));
            await newsroom.CreateAsync(Drafts.Article($"车站防拐提示 {marker} {i}"));
        }

        var faq = await newsroom.CreateAsync(Drafts.Article($"举报问答 {marker}") with { Fields = new FaqFields { ShortAnswer = "拨打110" } }, ContentType.Faq);
        await other.CreateAsync(Drafts.Article($"车站防拐提示 {marker} 其他单位"));

        var page = await Host.Catalog.ListAsync(newsroom.Reviewer, new ContentListQuery { TitleContains = marker, Type = ContentType.Article, PageNumber = 2, PageSize = 2 });
        var faqs = await Host.Catalog.ListAsync(newsroom.Reviewer, new ContentListQuery { TitleContains = marker, Type = ContentType.Faq });

        Assert.Equal((5, 3), (page.TotalCount, page.PageCount));
        Assert.Equal([$"车站防拐提示 {marker} 2", $"车站防拐提示 {marker} 1"], page.Items.Select(r => r.Title).ToArray());
        Assert.Equal(faq.ItemId, Assert.Single(faqs.Items).ItemId);
    }

    [Fact]
    public async Task The_published_list_finds_live_items_by_a_part_of_their_title_in_any_letter_case()
    {
        var newsroom = await NewsroomAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        var live = await newsroom.PublishedAsync(Drafts.Article($"Job Offer Traps {marker}"));
        await newsroom.PublishedAsync(Drafts.Article($"车站防拐提示 {marker}"));
        await newsroom.CreateAsync(Drafts.Article($"Job offer draft {marker}"));
        var listing = Host.Services.GetRequiredService<Portal.Content.Delivery.PublishedListing>();

        var found = await listing.ListAsync(new Portal.Content.Delivery.PublishedListQuery { TitleContains = $" offer traps {marker.ToUpperInvariant()} " });
        var chinese = await listing.ListAsync(new Portal.Content.Delivery.PublishedListQuery { TitleContains = $"防拐提示 {marker}" });

        Assert.Equal(live.ItemId, Assert.Single(found).ItemId);
        Assert.Equal($"车站防拐提示 {marker}", Assert.Single(chinese).Title);
        Assert.Empty(await listing.ListAsync(new Portal.Content.Delivery.PublishedListQuery { TitleContains = $"draft {marker}" }));
    }

    [Fact]
    public async Task The_review_queue_lists_only_departments_where_the_person_reviews()
    {
        var reviewing = await NewsroomAsync();
        var editingOnly = await NewsroomAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        // One person: reviewer in the first department, editor in the second.
        var person = ContentActor.Person("user-" + Guid.NewGuid().ToString("N")[..12], [ContentRole.Reviewer, ContentRole.Editor]);
        Assert.True((await Host.Departments.GrantAsync(Host.Administrator, person.UserId, reviewing.Department, ContentRole.Reviewer, includesSubDepartments: false)).Succeeded);
        Assert.True((await Host.Departments.GrantAsync(Host.Administrator, person.UserId, editingOnly.Department, ContentRole.Editor, includesSubDepartments: false)).Succeeded);
        var toReview = await reviewing.CreateAsync(Drafts.Article($"待审 {marker}"));
        var elsewhere = await editingOnly.CreateAsync(Drafts.Article($"待审 {marker} 他处"));
        foreach (var (newsroom, saved) in new[] { (reviewing, toReview), (editingOnly, elsewhere) })
        {
            Assert.True((await Host.Workflow.SubmitAsync(newsroom.Editor, saved.VersionId, "请审核")).Succeeded);
        }

        var queue = await Host.Catalog.ListAsync(person, new ContentListQuery { TitleContains = marker, State = VersionState.InReview, WithRole = ContentRole.Reviewer });
        var anyRole = await Host.Catalog.ListAsync(person, new ContentListQuery { TitleContains = marker, State = VersionState.InReview });

        Assert.Equal(toReview.ItemId, Assert.Single(queue.Items).ItemId);
        Assert.Equal(2, anyRole.TotalCount);
    }

    [Fact]
    public async Task The_manager_list_filters_by_a_term_of_the_latest_version()
    {
        var newsroom = await NewsroomAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        var forTeachers = await newsroom.CreateAsync(Drafts.Article($"课堂防拐 {marker}").WithAudience("teachers"));
        var untagged = await newsroom.CreateAsync(Drafts.Article($"车站防拐 {marker}").WithAudience("parents"));
        // Tagged only in an earlier version: the list follows the latest one.
        var retagged = await newsroom.CreateAsync(Drafts.Article($"家长须知 {marker}").WithAudience("teachers"));
        await newsroom.SaveAsync(retagged.ItemId, retagged.VersionId, Drafts.Article($"家长须知 {marker}").WithAudience("parents"));

        var teachers = await Host.Catalog.ListAsync(newsroom.Editor, new ContentListQuery { TitleContains = marker, Term = new TermFilter(Vocabulary.Audience, "teachers") });
        var parents = await Host.Catalog.ListAsync(newsroom.Editor, new ContentListQuery { TitleContains = marker, Term = new TermFilter(Vocabulary.Audience, "parents") });

        Assert.Equal(forTeachers.ItemId, Assert.Single(teachers.Items).ItemId);
        Assert.Equal(new HashSet<Guid> { untagged.ItemId, retagged.ItemId }, parents.Items.Select(r => r.ItemId).ToHashSet());
    }
}
