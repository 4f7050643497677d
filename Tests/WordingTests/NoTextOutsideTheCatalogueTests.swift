import Foundation
import Testing

/// No handler, rule or register writes a sentence of its own (issue 16 §1): human-readable text
/// lives in the catalogue (`Sources/Wording/Catalogue`), in Dutch and English. The scan finds
/// string literals of two or more words outside the catalogue, leaving out what is not a text for
/// the school (doc comments, method documentation and parameter summaries for integrators, log
/// lines, the command line's usage errors, test expectations, JSON-RPC's own messages).
@Suite struct NoTextOutsideTheCatalogueTests {
  /// Files whose literals are data, not texts avgd says: word lists the checks search for, the
  /// AP's own form wording, and the recorded examples of method declarations (their params are
  /// what a caller sends).
  static let data: Set<String> = [
    "Sources/Registers/Breaches/APFormVocabulary.swift",
    "Sources/Registers/Communication/CommunicationLexicon.swift",
    "Sources/Registers/Sharing/AssessmentLexicon.swift",
    "Sources/Service/Methods/Breaches/BreachExamples.swift",
    "Sources/Service/Methods/Breaches/BreachesAPFormExamples.swift",
    "Sources/Service/Methods/Communication/CommunicationExamples.swift",
    "Sources/Service/Methods/Complaints/ComplaintExamples.swift",
    "Sources/Service/Methods/Information/InformationExamples.swift",
    "Sources/Service/Methods/Letters/LetterExamples.swift",
    "Sources/Service/Methods/Processing/ProcessingExamples.swift",
    "Sources/Service/Methods/Reports/ReportExamples.swift",
    "Sources/Service/Methods/Requests/RequestExamples.swift",
    "Sources/Service/Methods/Sharing/SharingAssessExamples.swift",
  ]

  /// Files still holding texts of their own: each is a debt against issue 16 §1, listed so the
  /// scan holds every other file to the rule. Remove a file when its texts moved to the catalogue.
  static let notYetInCatalogue: Set<String> = [
    "Sources/JSON/FieldReader.swift",
    "Sources/JSON/JSONParser.swift",
    "Sources/JSON/JSONValue+Access.swift",
    "Sources/JSONRPC/MethodDeclaration.swift",
    "Sources/JSONRPC/MethodTable.swift",
    "Sources/JSONRPC/RPCError.swift",
    "Sources/JSONRPC/RPCServer.swift",
    "Sources/JSONRPC/SchemaValidator.swift",
    "Sources/Registers/CorrectableFields.swift",
    "Sources/Registers/Facets/FacetRows.swift",
    "Sources/Registers/FieldReader+Dates.swift",
    "Sources/Registers/Information/ActivityText.swift",
    "Sources/Registers/Information/Audience.swift",
    "Sources/Registers/Information/ContactText.swift",
    "Sources/Registers/Information/Information+Kind.swift",
    "Sources/Registers/Information/InformationSettings.swift",
    "Sources/Registers/Information/PrivacyStatement.swift",
    "Sources/Registers/Information/RightsNotice.swift",
    "Sources/Registers/Information/RightsText.swift",
    "Sources/Registers/Information/StatementVersions.swift",
    "Sources/Registers/Information/Voice.swift",
    "Sources/Registers/Kind/RegisterKind+Catalog.swift",
    "Sources/Registers/Kind/RegisterSchool.swift",
    "Sources/Registers/Processing/BasisLetter.swift",
    "Sources/Registers/Processing/LawCode.swift",
    "Sources/Registers/Processing/Processing+Kind.swift",
    "Sources/Registers/Processing/Processing.swift",
    "Sources/Registers/Processing/ProcessingCheck.swift",
    "Sources/Registers/Processing/ProcessingInput.swift",
    "Sources/Registers/Processing/RetentionTrigger.swift",
    "Sources/Registers/Processing/SpecialDataCategory.swift",
    "Sources/Registers/Processors/ProcessorCheck.swift",
    "Sources/Registers/Processors/ProcessorInput.swift",
    "Sources/Registers/Processors/Processors+Register.swift",
    "Sources/Registers/Processors/Processors+Update.swift",
    "Sources/Registers/Processors/Processors.swift",
    "Sources/Registers/Publications/ImageConsents.swift",
    "Sources/Registers/Publications/PublicationChannel.swift",
    "Sources/Registers/Publications/PublicationVerdict.swift",
    "Sources/Registers/Publications/Publications+Kind.swift",
    "Sources/Registers/Publications/Publications.swift",
    "Sources/Registers/Publications/Reconfirmations.swift",
    "Sources/Registers/Publications/RenewalDate.swift",
    "Sources/Registers/Publications/Takedowns.swift",
    "Sources/Registers/Register+Reads.swift",
    "Sources/Registers/Requests/AdoptRequest.swift",
    "Sources/Registers/Requests/CorrectRequest.swift",
    "Sources/Registers/Requests/DecideRequest+Standing.swift",
    "Sources/Registers/Requests/DecideRequest+Validation.swift",
    "Sources/Registers/Requests/DecideRequest.swift",
    "Sources/Registers/Requests/DecisionItem.swift",
    "Sources/Registers/Requests/DecisionMaker.swift",
    "Sources/Registers/Requests/ExtendRequest.swift",
    "Sources/Registers/Requests/GroundCode.swift",
    "Sources/Registers/Requests/OpenRequest.swift",
    "Sources/Registers/Requests/Remedies.swift",
    "Sources/Registers/Requests/RequestClock.swift",
    "Sources/Registers/Requests/RequestFee.swift",
    "Sources/Registers/Requests/RequestRerun.swift",
    "Sources/Registers/Requests/RespondToRequest.swift",
    "Sources/Registers/Requests/RouteRequest.swift",
    "Sources/Registers/Requests/StudentConsent.swift",
    "Sources/Registers/Requests/VerifyIdentity.swift",
    "Sources/Registers/RequiredText.swift",
    "Sources/Registers/RetentionPurge.swift",
    "Sources/Registers/Sharing/AssessmentContext.swift",
    "Sources/Registers/Sharing/AssessmentRegister.swift",
    "Sources/Registers/Sharing/AssessmentSteps.swift",
    "Sources/Registers/Sharing/AssessmentStepsLater.swift",
    "Sources/Registers/Sharing/Consents.swift",
    "Sources/Registers/Sharing/Sharing+Consent.swift",
    "Sources/Registers/Sharing/Sharing+Informing.swift",
    "Sources/Registers/Sharing/Sharing.swift",
    "Sources/Registers/Sharing/SharingAssessments+Kind.swift",
    "Sources/Registers/Staff/InstructionTopic.swift",
    "Sources/Registers/Staff/Staff+Kind.swift",
    "Sources/Registers/Staff/Staff.swift",
    "Sources/Registers/Staff/StaffDue.swift",
    "Sources/Rules/Amsterdam+WallTime.swift",
    "Sources/Rules/CivilDate+Parse.swift",
    "Sources/Rules/Deadlines.swift",
    "Sources/Rules/DutchHolidays.swift",
    "Sources/Rules/Instant+Parse.swift",
    "Sources/Rules/Right.swift",
    "Sources/Rules/RightHolder+Check.swift",
    "Sources/Rules/RightHolder+Standing.swift",
    "Sources/Rules/RightHolder.swift",
    "Sources/Rules/StudentPhase.swift",
    "Sources/Service/Access/AccessPolicy.swift",
    "Sources/Service/Access/PermissionsTable.swift",
    "Sources/Service/Access/RoleGrant.swift",
    "Sources/Service/Access/RolesConfig.swift",
    "Sources/Service/Access/SchoolScope.swift",
    "Sources/Service/Audit/AuditReaders.swift",
    "Sources/Service/AvgdService.swift",
    "Sources/Service/ExampleRecorder.swift",
    "Sources/Service/Ledger+Erasure.swift",
    "Sources/Service/Ledger.swift",
    "Sources/Service/Methods/AuditList.swift",
    "Sources/Service/Methods/Breaches/BreachExportColumns.swift",
    "Sources/Service/Methods/CalendarHolidays.swift",
    "Sources/Service/Methods/Complaints/ComplaintExportColumns.swift",
    "Sources/Service/Methods/DeadlinesBreach.swift",
    "Sources/Service/Methods/DeadlinesRequest.swift",
    "Sources/Service/Methods/Information/InformationConfigure.swift",
    "Sources/Service/Methods/Information/InformationPrivacyStatement.swift",
    "Sources/Service/Methods/Information/InformationPublish.swift",
    "Sources/Service/Methods/Information/InformationReads.swift",
    "Sources/Service/Methods/Information/InformationRightsNotice.swift",
    "Sources/Service/Methods/Information/InformationSchemas.swift",
    "Sources/Service/Methods/Processing/ProcessingCheckMethod.swift",
    "Sources/Service/Methods/Processing/ProcessingEnd.swift",
    "Sources/Service/Methods/Processing/ProcessingExportColumns.swift",
    "Sources/Service/Methods/Processing/ProcessingReads.swift",
    "Sources/Service/Methods/Processing/ProcessingRegister.swift",
    "Sources/Service/Methods/Processing/ProcessingUpdate.swift",
    "Sources/Service/Methods/Processors/ProcessorExportColumns.swift",
    "Sources/Service/Methods/Processors/ProcessorsAddProduct.swift",
    "Sources/Service/Methods/Processors/ProcessorsCheck.swift",
    "Sources/Service/Methods/Processors/ProcessorsEnd.swift",
    "Sources/Service/Methods/Processors/ProcessorsReads.swift",
    "Sources/Service/Methods/Processors/ProcessorsRegister.swift",
    "Sources/Service/Methods/Processors/ProcessorsUpdate.swift",
    "Sources/Service/Methods/Publications/PublicationExportColumns.swift",
    "Sources/Service/Methods/Publications/PublicationSchemas.swift",
    "Sources/Service/Methods/Publications/PublicationSettings.swift",
    "Sources/Service/Methods/Publications/PublicationsCheck.swift",
    "Sources/Service/Methods/Publications/PublicationsConsent.swift",
    "Sources/Service/Methods/Publications/PublicationsReads.swift",
    "Sources/Service/Methods/Publications/PublicationsReconfirmations.swift",
    "Sources/Service/Methods/Publications/PublicationsRecord.swift",
    "Sources/Service/Methods/Publications/PublicationsTakeDown.swift",
    "Sources/Service/Methods/Publications/PublicationsTakedowns.swift",
    "Sources/Service/Methods/Publications/PublicationsWithdraw.swift",
    "Sources/Service/Methods/RPCDiscover.swift",
    "Sources/Service/Methods/Reports/ReportsAnnual.swift",
    "Sources/Service/Methods/Requests/RequestsAdopt.swift",
    "Sources/Service/Methods/Requests/RequestsCorrect.swift",
    "Sources/Service/Methods/Requests/RequestsDecide+Spec.swift",
    "Sources/Service/Methods/Requests/RequestsDecide.swift",
    "Sources/Service/Methods/Requests/RequestsDue.swift",
    "Sources/Service/Methods/Requests/RequestsExtend.swift",
    "Sources/Service/Methods/Requests/RequestsOpen.swift",
    "Sources/Service/Methods/Requests/RequestsReads.swift",
    "Sources/Service/Methods/Requests/RequestsRespond.swift",
    "Sources/Service/Methods/Requests/RequestsRoute.swift",
    "Sources/Service/Methods/Requests/RequestsVerifyIdentity.swift",
    "Sources/Service/Methods/Requests/RequestsWithdraw.swift",
    "Sources/Service/Methods/RetentionPurgeMethod.swift",
    "Sources/Service/Methods/RightsCheck.swift",
    "Sources/Service/Methods/RightsResolve.swift",
    "Sources/Service/Methods/RightsTimeline.swift",
    "Sources/Service/Methods/ServiceInfo.swift",
    "Sources/Service/Methods/Sharing/ConsentExportColumns.swift",
    "Sources/Service/Methods/Sharing/ConsentsRecord.swift",
    "Sources/Service/Methods/Sharing/SharingAssess.swift",
    "Sources/Service/Methods/Sharing/SharingAssessmentsReads.swift",
    "Sources/Service/Methods/Sharing/SharingExportColumns.swift",
    "Sources/Service/Methods/Sharing/SharingInformed.swift",
    "Sources/Service/Methods/Sharing/SharingReads.swift",
    "Sources/Service/Methods/Sharing/SharingRecipients.swift",
    "Sources/Service/Methods/Sharing/SharingRecord.swift",
    "Sources/Service/Methods/Sharing/SharingUninformed.swift",
    "Sources/Service/Methods/Sharing/SharingWithdrawConsent.swift",
    "Sources/Service/Methods/Staff/StaffCoverage.swift",
    "Sources/Service/Methods/Staff/StaffDueMethod.swift",
    "Sources/Service/Methods/Staff/StaffInstruct.swift",
    "Sources/Service/Methods/Staff/StaffLeave.swift",
    "Sources/Service/Methods/Staff/StaffReads.swift",
    "Sources/Service/Methods/Staff/StaffRegister.swift",
    "Sources/Service/Methods/Staff/StaffTopics.swift",
    "Sources/Service/Methods/Store/StoreMethods.swift",
    "Sources/Service/RegisterError+RPC.swift",
    "Sources/Service/RegisterReads.swift",
    "Sources/Service/Rendering/APFormHTML.swift",
    "Sources/Service/Rendering/APFormText.swift",
    "Sources/Service/Rendering/AnnualReport.swift",
    "Sources/Service/Rendering/BarChart.swift",
    "Sources/Service/Rendering/BreachNoticeLetter.swift",
    "Sources/Service/Rendering/BreachesReportSection.swift",
    "Sources/Service/Rendering/BreachesStatus.swift",
    "Sources/Service/Rendering/ChartFrame.swift",
    "Sources/Service/Rendering/ComplaintsReportSection.swift",
    "Sources/Service/Rendering/Letter.swift",
    "Sources/Service/Rendering/LetterContext.swift",
    "Sources/Service/Rendering/LetterWords.swift",
    "Sources/Service/Rendering/LineChart.swift",
    "Sources/Service/Rendering/ParentInformationLetter.swift",
    "Sources/Service/Rendering/ProcessorsReportSection.swift",
    "Sources/Service/Rendering/ProcessorsStatus.swift",
    "Sources/Service/Rendering/ReportDocument.swift",
    "Sources/Service/Rendering/RequestLetters.swift",
    "Sources/Service/Rendering/RequestsReportSection.swift",
    "Sources/Service/Rendering/RequestsStatus.swift",
    "Sources/Service/Rendering/SharingReportSection.swift",
    "Sources/Service/Rendering/SharingStatus.swift",
    "Sources/Service/Rendering/StackedBarChart.swift",
    "Sources/Service/Rendering/StatusOverview.swift",
    "Sources/Service/RetentionRun.swift",
    "Sources/Service/ServiceSettings.swift",
    "Sources/Service/Spreadsheet/DutchLabels.swift",
    "Sources/Service/Spreadsheet/EnumLabelsNL.swift",
    "Sources/Service/Spreadsheet/XLSXWorkbook.swift",
    "Sources/Store/BackupDestination.swift",
    "Sources/Store/ErasureIntent.swift",
    "Sources/Store/FileIO.swift",
    "Sources/Store/HeadFile.swift",
    "Sources/Store/JournalRecord.swift",
    "Sources/Store/JournalScan.swift",
    "Sources/Store/Recovery.swift",
    "Sources/Store/SnapshotFile.swift",
    "Sources/Store/Store+Durability.swift",
    "Sources/Store/Store+Erasure.swift",
    "Sources/Store/Store+Head.swift",
    "Sources/Store/Store+Snapshot.swift",
    "Sources/Store/Store.swift",
    "Sources/Store/StoreCommand.swift",
    "Sources/Store/StoreError.swift",
    "Sources/Store/StoreFileSystem.swift",
    "Sources/Store/StoreFiles.swift",
    "Sources/Store/StoreLock.swift",
    "Sources/Store/StoreRepair.swift",
    "Sources/Store/StoreVerify.swift",
    "Sources/Transport/ContentLengthFramer.swift",
    "Sources/Transport/ContentLengthHeader.swift",
    "Sources/Transport/RPCError+Transport.swift",
    "Sources/Transport/RefusalLog.swift",
    "Sources/Transport/SocketDirectory.swift",
    "Sources/Transport/StdioTransport.swift",
    "Sources/Transport/UnixSocketAddress.swift",
    "Sources/Transport/UnixSocketBinder.swift",
    "Sources/Transport/UnixSocketClient.swift",
    "Sources/Transport/UnixSocketListener.swift",
  ]

  static let skip = try? NSRegularExpression(
    pattern: #"^\s*(///|//)|ParamSpec\(|ErrorSpec\(|summary:|description:|"description"|log\(|UsageError\(|#expect|print\(|Log\.|"summary"|message: "(Invalid params|Parse error|Invalid Request|Method not found|Internal error)"#)
  static let literal = try? NSRegularExpression(pattern: #""((?:[^"\\]|\\.)*)""#)
  static let twoWords = try? NSRegularExpression(pattern: #"[a-zA-Z]{2,} [a-zA-Z]{2,}"#)

  /// The lines of `text` with a literal of two or more words that the rule applies to.
  static func sentences(in text: String) -> [Int] {
    guard let skip, let literal, let twoWords else { return [1] }
    var out: [Int] = []
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let l = String(line), ns = l as NSString, all = NSRange(location: 0, length: ns.length)
      if skip.firstMatch(in: l, range: all) != nil { continue }
      for m in literal.matches(in: l, range: all) {
        let s = ns.substring(with: m.range(at: 1))
        if twoWords.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil {
          out.append(n + 1)
          break
        }
      }
    }
    return out
  }

  @Test func noSentenceOutsideTheCatalogue() throws {
    var offending: [String] = []
    var stillListed: [String] = []
    for dir in ["Sources/JSON", "Sources/JSONRPC", "Sources/Transport", "Sources/Rules", "Sources/Store", "Sources/Registers", "Sources/Service"] {
      for (path, text) in try CatalogueTests.files(under: dir) where !Self.data.contains(path) {
        let lines = Self.sentences(in: text)
        if Self.notYetInCatalogue.contains(path) {
          if lines.isEmpty { stillListed.append(path) }
        } else if !lines.isEmpty {
          offending.append("\(path):\(lines.map(String.init).joined(separator: ","))")
        }
      }
    }
    #expect(offending.isEmpty, "texts outside the catalogue (move them to Sources/Wording/Catalogue): \(offending)")
    #expect(stillListed.isEmpty, "no longer holding texts; remove from notYetInCatalogue: \(stillListed)")
  }

  @Test func theScanFindsASentence() {
    #expect(Self.sentences(in: "throw invalid(name, \"must not be empty\")") == [1])
    #expect(Self.sentences(in: "/// a doc \"comment here\"\nlet x = \"nl\"").isEmpty)
  }
}
