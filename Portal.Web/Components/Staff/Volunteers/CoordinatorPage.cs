using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Web.Volunteers;

namespace Portal.Web.Components.Staff.Volunteers;

/// <summary>A coordinator page: knows the signed-in coordinator's user id.</summary>
public abstract class CoordinatorPage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected string CoordinatorId { get; private set; } = "";

    protected override async Task OnInitializedAsync()
    {
        CoordinatorId = (await AuthenticationState).User.UserId();
        await LoadAsync();
    }

    protected abstract Task LoadAsync();
}
