namespace ZhuhaiArtisan.Domain.Talents;

/// <summary>Why the platform may process a person's data (个人信息保护法 art. 13).</summary>
public enum LegalBasis
{
    /// <summary>13(1): the person's consent (they registered themself).</summary>
    Consent,

    /// <summary>13(2): a contract the person is party to (a student's enrolment with a college or institution).</summary>
    ContractPerformance,

    /// <summary>13(2): human-resources management under the employer's rules (an enterprise's employee).</summary>
    HumanResourcesManagement,

    /// <summary>13(3): a statutory duty of the city bureau (legacy records it administers).</summary>
    StatutoryDuty,
}
