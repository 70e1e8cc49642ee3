namespace ZhuhaiArtisan.Application.Common.Security;

/// <summary>
/// A caller as recorded when they asked for work that runs later (a queued import): the work acts
/// as them, so its records and audit entries name who asked, not the worker.
/// </summary>
public sealed record ActingCaller(string Actor, string Role, Guid? OrganizationId, string? DistrictCode) : ICurrentUser
{
    public bool IsAuthenticated => true;

    public Guid? TalentId => null;

    public Guid? ClientId => null;
}
