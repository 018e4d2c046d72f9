namespace LambdaPermissionAnalyzers;

/// <summary>
/// Every rule id of the package, named by the mistake it reports. Ids are stable once shipped
/// (see <c>AnalyzerReleases.Shipped.md</c>); the catalog of rules is <c>docs/rules/</c>.
/// </summary>
public static class RuleIds
{
    /// <summary>LPA0001: a sent grant lacks FunctionName, StatementId, Action or Principal.</summary>
    public const string MissingRequiredMember = "LPA0001";

    /// <summary>LPA0002: the grant targets <c>$LATEST</c>, which Lambda does not support.</summary>
    public const string PermissionOnLatest = "LPA0002";

    /// <summary>LPA0003: the function name is empty, too long or not a name/ARN.</summary>
    public const string InvalidFunctionName = "LPA0003";

    /// <summary>LPA0004: a known value breaks the API's pattern, length or enum for its member.</summary>
    public const string InvalidMemberValue = "LPA0004";

    /// <summary>LPA0005: FunctionName carries a qualifier and Qualifier names a different one.</summary>
    public const string ConflictingQualifiers = "LPA0005";

    /// <summary>LPA0006: two grants sent in one method with the same statement id for the same function.</summary>
    public const string DuplicateStatementId = "LPA0006";

    /// <summary>LPA0007: a member with no effect, or a wrong one, with the grant's action or principal.</summary>
    public const string MemberWithoutEffect = "LPA0007";

    /// <summary>LPA0008: a RevisionId fixed at compile time, stale after the policy's first change.</summary>
    public const string FixedRevisionId = "LPA0008";

    /// <summary>LPA0100: a service principal without SourceArn/SourceAccount (confused deputy).</summary>
    public const string UnrestrictedServicePrincipal = "LPA0100";

    /// <summary>LPA0101: a SourceArn without an account id (S3 buckets) and no SourceAccount.</summary>
    public const string SourceArnWithoutAccount = "LPA0101";

    /// <summary>LPA0102: a source restriction that cannot match the principal's service or account.</summary>
    public const string MismatchedSource = "LPA0102";

    /// <summary>LPA0103: <c>Principal = "*"</c> with no PrincipalOrgID, SourceArn or SourceAccount.</summary>
    public const string PublicPrincipal = "LPA0103";

    /// <summary>LPA0104: <c>Action</c> is <c>lambda:*</c> or <c>*</c>.</summary>
    public const string WildcardAction = "LPA0104";

    /// <summary>LPA0105: a SourceArn whose wildcards defeat the restriction.</summary>
    public const string WildcardSourceArn = "LPA0105";

    /// <summary>LPA0106: a placeholder or AWS documentation example value left in a grant.</summary>
    public const string PlaceholderValue = "LPA0106";

    /// <summary>LPA0200: function URL auth type NONE: a public URL.</summary>
    public const string PublicFunctionUrl = "LPA0200";

    /// <summary>LPA0201: <c>lambda:InvokeFunctionUrl</c> granted without FunctionUrlAuthType.</summary>
    public const string FunctionUrlGrantWithoutAuthType = "LPA0201";

    /// <summary>LPA0202: a public function URL grant without its companion lambda:InvokeFunction grant.</summary>
    public const string MissingFunctionUrlInvokeGrant = "LPA0202";

    /// <summary>LPA0203: a function URL's CORS setting trusts every origin with credentials.</summary>
    public const string CredentialedWildcardOrigin = "LPA0203";

    /// <summary>LPA0300: a layer version shared with every AWS account.</summary>
    public const string PublicLayer = "LPA0300";

    /// <summary>LPA0301: a CDK Permission that is never passed to AddPermission.</summary>
    public const string UnusedCdkPermission = "LPA0301";

    /// <summary>
    /// The ids of the suppressions of <c>SdkPropertyValueSuppressor</c>: the AWS SDK's own property-value diagnostics
    /// (Lambda1000 too short, Lambda1001 too long, Lambda1002 pattern) on a member of a Lambda grant, when an LPA rule
    /// already reports the value (LPAS1xxx) or the Lambda API accepts it (LPAS2xxx).
    /// </summary>
    public static class Suppressions
    {
        /// <summary>LPAS1000: Lambda1000 (too short) on a grant member whose value an LPA rule already reports.</summary>
        public const string SdkTooShortReported = "LPAS1000";

        /// <summary>LPAS1001: Lambda1001 (too long) on a grant member whose value an LPA rule already reports.</summary>
        public const string SdkTooLongReported = "LPAS1001";

        /// <summary>LPAS1002: Lambda1002 (pattern) on a grant member whose value an LPA rule already reports.</summary>
        public const string SdkPatternReported = "LPAS1002";

        /// <summary>LPAS2000: Lambda1000 (too short) on a grant member whose value the Lambda API accepts.</summary>
        public const string SdkTooShortAccepted = "LPAS2000";

        /// <summary>LPAS2001: Lambda1001 (too long) on a grant member whose value the Lambda API accepts.</summary>
        public const string SdkTooLongAccepted = "LPAS2001";

        /// <summary>LPAS2002: Lambda1002 (pattern) on a grant member whose value the Lambda API accepts.</summary>
        public const string SdkPatternAccepted = "LPAS2002";
    }
}
