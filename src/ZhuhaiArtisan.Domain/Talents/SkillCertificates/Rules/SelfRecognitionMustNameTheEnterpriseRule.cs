using ZhuhaiArtisan.Domain.Common;
using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Domain.Talents.SkillCertificates.Rules;

public sealed class SelfRecognitionMustNameTheEnterpriseRule(CertificationRoute route, OrganizationId? recognizedBy) : IBusinessRule
{
    public string Code => "certificate.self_recognition_without_enterprise";

    public string Message => "企业自主认定的证书必须归属于认定的企业。";

    public bool IsBroken() => route == CertificationRoute.EnterpriseSelfRecognition ? recognizedBy is null : recognizedBy is not null;
}
