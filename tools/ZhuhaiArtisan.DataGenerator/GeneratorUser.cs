using ZhuhaiArtisan.Application.Common.Security;

namespace ZhuhaiArtisan.DataGenerator;

/// <summary>Who the Infrastructure's interceptors see while the generator prepares the database: the system, as at the API's own start-up.</summary>
internal sealed class GeneratorUser : ICurrentUser
{
    public bool IsAuthenticated => false;

    public string Actor => "data-generator";

    public string Role => "System";

    public Guid? OrganizationId => null;

    public string? DistrictCode => null;

    public Guid? TalentId => null;

    public Guid? ClientId => null;
}
