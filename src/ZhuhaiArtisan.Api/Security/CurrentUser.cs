using System.Security.Claims;
using ZhuhaiArtisan.Application.Common.Security;

namespace ZhuhaiArtisan.Api.Security;

/// <summary>Reads the caller from the request's principal (JWT or API key).</summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string Actor => IsAuthenticated
        ? Principal!.FindFirst(ClaimNames.Subject)?.Value ?? Principal!.FindFirst(ClaimNames.Client)?.Value ?? "unknown"
        : "anonymous";

    public string Role => IsAuthenticated
        ? Roles.All.FirstOrDefault(r => Principal!.IsInRole(r)) ?? "Unknown"
        : "Anonymous";

    public Guid? OrganizationId => GuidClaim(ClaimNames.Organization);

    public string? DistrictCode => Principal?.FindFirst(ClaimNames.District)?.Value;

    public Guid? TalentId => GuidClaim(ClaimNames.Talent);

    public Guid? ClientId => GuidClaim(ClaimNames.Client);

    private Guid? GuidClaim(string type) =>
        Guid.TryParse(Principal?.FindFirst(type)?.Value, out var value) ? value : null;
}
