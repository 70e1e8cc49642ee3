using ZhuhaiArtisan.Application.Common.Security;

namespace ZhuhaiArtisan.Api.Security;

/// <summary>
/// Role gates at the edge. They only say which kinds of caller may knock; which records a caller
/// may touch is decided in the Application layer.
/// </summary>
public static class AuthorizationPolicies
{
    public const string CityAdmin = nameof(CityAdmin);
    public const string OrganizationStaff = nameof(OrganizationStaff);
    public const string Partner = nameof(Partner);
    public const string TalentRegistry = nameof(TalentRegistry);
    public const string CatalogueItems = nameof(CatalogueItems);
    public const string PartnerOrCityAdmin = nameof(PartnerOrCityAdmin);
    public const string TrainingRecords = nameof(TrainingRecords);

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.AddPolicy(CityAdmin, p => p.AddAuthenticationSchemes(AuthenticationSchemes.BearerOrApiKey).RequireAuthenticatedUser().RequireRole(Roles.CityAdmin));
        options.AddPolicy(OrganizationStaff, p => p.AddAuthenticationSchemes(AuthenticationSchemes.BearerOrApiKey).RequireAuthenticatedUser()
            .RequireRole(Roles.CityAdmin, Roles.DistrictAdmin, Roles.Enterprise, Roles.Institution));
        options.AddPolicy(Partner, p => p.AddAuthenticationSchemes(AuthenticationSchemes.BearerOrApiKey).RequireAuthenticatedUser().RequireRole(Roles.Partner));
        options.AddPolicy(TalentRegistry, p => p.AddAuthenticationSchemes(AuthenticationSchemes.BearerOrApiKey).RequireAuthenticatedUser()
            .RequireRole(Roles.CityAdmin, Roles.DistrictAdmin, Roles.Enterprise, Roles.Institution, Roles.Talent));
        options.AddPolicy(CatalogueItems, p => p.AddAuthenticationSchemes(AuthenticationSchemes.BearerOrApiKey).RequireAuthenticatedUser()
            .RequireRole(Roles.CityAdmin, Roles.Institution));
        options.AddPolicy(PartnerOrCityAdmin, p => p.AddAuthenticationSchemes(AuthenticationSchemes.BearerOrApiKey).RequireAuthenticatedUser()
            .RequireRole(Roles.Partner, Roles.CityAdmin));
        options.AddPolicy(TrainingRecords, p => p.AddAuthenticationSchemes(AuthenticationSchemes.BearerOrApiKey).RequireAuthenticatedUser()
            .RequireRole(Roles.CityAdmin, Roles.DistrictAdmin, Roles.Institution, Roles.Partner));
    }
}
