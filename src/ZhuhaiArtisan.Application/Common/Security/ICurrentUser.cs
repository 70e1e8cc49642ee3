namespace ZhuhaiArtisan.Application.Common.Security;

/// <summary>The caller of the current request, as its token or API key describes it.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>Who acted, for the audit trail: the token subject, the partner client, or "anonymous".</summary>
    string Actor { get; }

    /// <summary>The caller's role, or "Anonymous".</summary>
    string Role { get; }

    Guid? OrganizationId { get; }

    string? DistrictCode { get; }

    Guid? TalentId { get; }

    Guid? ClientId { get; }

    bool IsInRole(string role) => string.Equals(Role, role, StringComparison.Ordinal);
}
