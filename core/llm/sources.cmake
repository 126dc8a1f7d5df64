# Sources of core/llm, added to eventdesk_core.
target_sources(eventdesk_core PRIVATE
  llm/chatrequest.h
  llm/chatresponse.h
  llm/sseparser.h llm/sseparser.cpp
  llm/retrypolicy.h llm/retrypolicy.cpp
  llm/providerprofile.h llm/providerprofile.cpp
  llm/profilestore.h llm/profilestore.cpp
  llm/providercodec.h llm/providercodec.cpp
  llm/streamdecoder.h llm/streamdecoder.cpp
  llm/llmerror.h llm/llmerror.cpp
  llm/redactor.h llm/redactor.cpp
  llm/responsecache.h llm/responsecache.cpp
  llm/responsecacheworker.h llm/responsecacheworker.cpp
  llm/pricetable.h llm/pricetable.cpp
  llm/usageledger.h llm/usageledger.cpp
  llm/keystore.h llm/keystore.cpp
  llm/llmclient.h llm/llmclient.cpp
  llm/structuredoutput.h llm/structuredoutput.cpp
  llm/connectiontest.h llm/connectiontest.cpp
  llm/tokenestimator.h llm/tokenestimator.cpp
)
# API keys live in the OS keychain.
find_package(Qt6Keychain REQUIRED)
target_link_libraries(eventdesk_core PRIVATE qt6keychain)
